"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useRef, useState, type FormEvent } from "react";

type LoginMessages = {
  email: string;
  password: string;
  submit: string;
  submitting: string;
  invalid: string;
  throttled: string;
  busy: string;
  missing: string;
};

// Error codes from lib/auth/options.ts (LOGIN_ERROR); "Throttled:<seconds>" carries the wait.
function errorMessage(code: string | null | undefined, messages: LoginMessages): string {
  const throttled = /^Throttled:(\d+)$/.exec(code ?? "");
  if (throttled) return messages.throttled.replace("{seconds}", throttled[1]!);
  if (code === "Busy") return messages.busy;
  return messages.invalid;
}

export function LoginForm({ messages }: { messages: LoginMessages }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get("email") ?? "").trim();
    const password = String(data.get("password") ?? "");
    if (!email || !password) {
      setError(messages.missing);
      return;
    }
    setBusy(true);
    setError(null);
    const result = await signIn("credentials", { email, password, redirect: false });
    if (result?.ok && !result.error) {
      router.replace("/");
      router.refresh();
      return;
    }
    setBusy(false);
    setError(errorMessage(result?.error, messages));
    requestAnimationFrame(() => errorRef.current?.focus());
  }

  return (
    <form
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      className="mt-8 space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <div aria-live="assertive">
        {error ? (
          <p
            ref={errorRef}
            tabIndex={-1}
            role="alert"
            className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-900"
          >
            {error}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="email" className="block font-medium">
          {messages.email}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          aria-invalid={error ? true : undefined}
          className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2"
        />
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">
          {messages.password}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={error ? true : undefined}
          className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2"
        />
      </div>
      <button
        type="submit"
        disabled={busy}
        className="w-full rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900 disabled:opacity-70"
      >
        {busy ? messages.submitting : messages.submit}
      </button>
    </form>
  );
}
