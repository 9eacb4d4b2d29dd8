import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

/** An operation's error as the pane shows it: a title and the sentence that says what is wrong, as text. */
export function ErrorMessage(props: { title: string; message: string | null }) {
  if (!props.message) return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{props.title}</MessageBarTitle>
        {props.message}
      </MessageBarBody>
    </MessageBar>
  );
}
