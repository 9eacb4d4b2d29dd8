import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";

/** Last line of defence: a rendering bug shows a sentence, not a blank pane or a stack trace. */
export class ErrorBoundary extends React.Component<{ message: string; children: React.ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    console.error(error); // for developers; the user sees the message
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar intent="error" role="alert" layout="multiline">
        <MessageBarBody>{this.props.message}</MessageBarBody>
      </MessageBar>
    );
  }
}
