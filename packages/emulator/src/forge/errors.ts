/** Why a Forge install, invocation or push failed; `status` is what the control API answers. */
export class ForgeError extends Error {
  constructor(
    readonly status: 400 | 404 | 409 | 413 | 429 | 500 | 504,
    message: string,
  ) {
    super(message);
    this.name = 'ForgeError';
  }
}
