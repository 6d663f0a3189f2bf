// The upload form of both imports: one schema, used by the service (createImportJob) and thereby
// by the upload action.
import { z } from "zod";
import { MAX_IMPORT_BYTES } from "@/lib/domain/imports/parse";
import { msg } from "@/lib/i18n/keys";

const CHOOSE_FILE = msg("imports.uploadCheck.chooseFile2");

/** A file as the form sends it (a File) or as tests describe it: a name and a size. */
const file = z.object({ name: z.string(), size: z.number() }, { error: CHOOSE_FILE }).superRefine((f, ctx) => {
  if (f.size <= 0 || !/\.(csv|txt|xlsx)$/i.test(f.name)) ctx.addIssue({ code: "custom", message: CHOOSE_FILE });
  else if (f.size > MAX_IMPORT_BYTES) ctx.addIssue({ code: "custom", message: msg("imports.uploadCheck.tooLarge") });
});

const year = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v)) : v),
  z
    .number({ error: msg("imports.uploadCheck.yearRequired") })
    .int(msg("imports.uploadCheck.yearRequired"))
    .min(2000, msg("imports.uploadCheck.yearRequired"))
    .max(2100, msg("imports.uploadCheck.yearRequired")),
);

export const ImportUploadSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("practices"), file }),
  z.object({ kind: z.literal("wijkstatistics"), file, year }),
]);

export type ImportUploadInput = z.input<typeof ImportUploadSchema>;
