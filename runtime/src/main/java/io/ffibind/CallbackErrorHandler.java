package io.ffibind;

/**
 * Receives what a callback threw when no call can rethrow it: a callback C keeps (from {@link
 * Callbacks#pointer}) that throws, or a call C makes through a pointer after the call that passed it
 * returned ({@link StaleCallbackException}). It runs on the thread C called the callback on, which may
 * be a thread C started. Whatever it throws is printed and dropped: nothing reaches C.
 *
 * @see Callbacks#setErrorHandler(CallbackErrorHandler)
 */
@FunctionalInterface
public interface CallbackErrorHandler {
  /**
   * @param callback the {@code @Callback} interface C called
   * @param error what the callback threw, or a {@link StaleCallbackException}
   */
  void uncaught(Class<?> callback, Throwable error);
}
