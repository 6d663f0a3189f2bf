// What a server action answers to its form (client-safe: no server imports). lib/next/action.ts
// produces it.

export type FormState = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
};

export const IDLE: FormState = { status: "idle" };
