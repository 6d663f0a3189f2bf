"use server";

// The unsubscribe link works without logging in: the signed token names the user and the one kind
// it may switch off; nothing else can be changed with it.
import { isDomainError } from "@/lib/domain/errors";
import { isNotificationKind } from "@/lib/domain/notifications/kinds";
import { unsubscribeWithToken } from "@/lib/domain/notifications/service";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { log } from "@/lib/log";
import type { FormState } from "@/lib/next/form-state";

export async function unsubscribeAction(token: string, _state: FormState): Promise<FormState> {
  const { t } = await getMessages();
  try {
    const { kind } = await unsubscribeWithToken(token);
    return {
      status: "success",
      message: fill(t.notifications.unsubscribe.done, { kind: isNotificationKind(kind) ? t.notifications.kinds[kind] : kind }),
    };
  } catch (error) {
    if (!isDomainError(error)) log().error({ err: error }, "unsubscribe failed");
    return { status: "error", message: t.notifications.unsubscribe.invalid };
  }
}
