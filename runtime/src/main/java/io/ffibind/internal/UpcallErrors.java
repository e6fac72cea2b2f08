package io.ffibind.internal;

import io.ffibind.CallbackErrorHandler;
import java.io.PrintStream;

/**
 * The {@link CallbackErrorHandler} behind {@code Callbacks.setErrorHandler}, and reporting to it in a
 * way that can never throw: it runs inside upcalls, where an escaping exception would terminate the
 * JVM.
 */
public final class UpcallErrors {
  private static final CallbackErrorHandler PRINT = UpcallErrors::print;
  private static volatile CallbackErrorHandler handler = PRINT;

  private UpcallErrors() {}

  public static void setHandler(CallbackErrorHandler h) {
    handler = h == null ? PRINT : h;
  }

  public static CallbackErrorHandler handler() {
    return handler;
  }

  /** Hands {@code error} to the handler; anything the handler throws is printed and dropped. */
  static void report(Class<?> callback, Throwable error) {
    try {
      handler.uncaught(callback, error);
    } catch (Throwable handlerFailure) {
      try {
        System.err.println("ffibind: the callback error handler threw:");
        handlerFailure.printStackTrace();
        print(callback, error);
      } catch (Throwable ignored) {
        // Nothing may leave an upcall; there is nowhere left to report to.
      }
    }
  }

  private static void print(Class<?> callback, Throwable error) {
    PrintStream err = System.err;
    synchronized (err) {
      err.println("ffibind: exception in callback " + callback.getName() + " (C received zero):");
      error.printStackTrace(err);
    }
  }
}
