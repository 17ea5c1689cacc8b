/** Turns anything thrown by the client into a sentence for the user. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as Error & { code?: string }).code;
    if (code === 'not-implemented') return `Not available yet: ${error.message || 'the back end does not implement this.'}`;
    return error.message || 'Something went wrong.';
  }
  return String(error);
}

/** The stable error code of a client error, when it carries one. */
export function errorCode(error: unknown): string | null {
  return error instanceof Error ? ((error as Error & { code?: string }).code ?? null) : null;
}
