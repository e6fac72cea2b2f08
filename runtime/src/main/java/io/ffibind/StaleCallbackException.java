package io.ffibind;

/**
 * Reported to the {@link CallbackErrorHandler} when C calls a callback through a pointer that was only
 * valid for a call that has returned: ffibind did not run the callback and C received zero. The fix is
 * on the Java side: give C a pointer that lives as long as it keeps it, from {@link Callbacks#pointer}.
 */
public final class StaleCallbackException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public StaleCallbackException(String message) {
    super(message);
  }
}
