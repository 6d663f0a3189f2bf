"use server";

// Marking notifications read: the service changes only the actor's own rows (row-level security).
import { revalidatePath } from "next/cache";
import { markAllNotificationsRead, markNotificationRead, saveNotificationPreferences } from "@/lib/domain/notifications/service";
import { msg } from "@/lib/i18n/keys";
import { formFields, serverAction, type FormState } from "@/lib/next/action";

const refresh = () => revalidatePath("/", "layout");

export async function markReadAction(notificationId: string, _state: FormState): Promise<FormState> {
  return serverAction({
    run: (actor) => markNotificationRead(actor, notificationId),
    success: msg("notifications.markedRead"),
    onSuccess: refresh,
  });
}

export async function markAllReadAction(_state: FormState): Promise<FormState> {
  return serverAction({
    run: (actor) => markAllNotificationsRead(actor),
    success: msg("notifications.allMarkedRead"),
    onSuccess: refresh,
  });
}

export async function savePreferencesAction(_state: FormState, formData: FormData): Promise<FormState> {
  return serverAction({
    run: (actor) => saveNotificationPreferences(actor, formFields(formData)),
    success: msg("notifications.preferencesSaved"),
    onSuccess: () => revalidatePath("/instellingen/meldingen"),
  });
}
