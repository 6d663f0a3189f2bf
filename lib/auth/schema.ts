// The login form as the credentials provider receives it.
import { z } from "zod";

export const CredentialsSchema = z.object({ email: z.string().min(1).max(320), password: z.string().min(1).max(1024) });
