/** @module @labelup/emulator */
export {};
