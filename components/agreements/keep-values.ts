import { startTransition, type FormEvent } from "react";

/**
 * Submits a form to its server action without React's automatic form reset, so that on a field
 * error the user's input (a chosen radio button, a typed title) stays as it was. Without
 * JavaScript the form still posts through its `action`.
 */
export function submitKeepingValues(dispatch: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
}
