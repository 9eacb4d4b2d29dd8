import type { KamError, Language, Message } from "../../core";
import { coreMessageText } from "../i18n/core-messages";

/** A core line message (a keyed Message of the quality report) in the pane's language. */
export const lineMessageText = (m: Message, language: Language): string =>
  coreMessageText({ message: m.text, key: m.key, params: m.params } as unknown as KamError, language);
