"use server";

import { revalidatePath } from "next/cache";
import { retryFailedJob } from "@/lib/domain/admin/jobs";
import { msg } from "@/lib/i18n/keys";
import { serverAction, type FormState } from "@/lib/next/action";

/** Puts a failed job back in the queue (platform admin only; the service checks). */
export async function retryJobAction(name: string, id: string, _state: FormState): Promise<FormState> {
  return serverAction({
    run: (actor) => retryFailedJob(actor, { name, id }),
    success: msg("jobs.retried"),
    onSuccess: () => revalidatePath("/admin/taken"),
  });
}
