// The input of the notification preferences form: per kind, how it is delivered (kinds left out keep theirs).
import { z } from "zod";
import type { NotificationDelivery, NotificationKind } from "@/lib/generated/prisma/client";
import { DELIVERIES, NOTIFICATION_KINDS } from "@/lib/domain/notifications/kinds";

export const PreferencesInputSchema = z.object(
  Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, z.enum(DELIVERIES).optional()])) as Record<
    NotificationKind,
    z.ZodOptional<z.ZodEnum<{ [D in NotificationDelivery]: D }>>
  >,
);
export type PreferencesInput = z.input<typeof PreferencesInputSchema>;
