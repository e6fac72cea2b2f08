package io.ffibind.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;

/**
 * {@code errno} capture for symbols declared {@code errno = true}: each thread (platform or virtual)
 * that calls one gets a capture segment, which Panama fills with C's {@code errno} right after every
 * such call ({@code Linker.Option.captureCallState}). Only those calls write it, so it always holds
 * the errno of the thread's most recent one, which {@code Native.errno()} reads.
 *
 * <p>Allocated once per thread, so a call allocates nothing; its native memory is freed when the
 * thread is gone.
 *
 * <pre>{@code
 * int r = (int) handle.invokeExact(address, Errno.state(), args...);
 * }</pre>
 */
public final class Errno {
  /** The option every {@code errno = true} downcall handle is created with. */
  public static final Linker.Option CAPTURE = Linker.Option.captureCallState("errno");

  private static final StructLayout STATE = Linker.Option.captureStateLayout();
  private static final long OFFSET = STATE.byteOffset(MemoryLayout.PathElement.groupElement("errno"));
  private static final ThreadLocal<MemorySegment> PER_THREAD =
      ThreadLocal.withInitial(() -> Arena.ofAuto().allocate(STATE));

  private Errno() {}

  /** The calling thread's capture segment; passed right after the function's address. */
  public static MemorySegment state() {
    return PER_THREAD.get();
  }

  /** The errno of the calling thread's most recent capturing call; 0 before the first. */
  public static int last() {
    return PER_THREAD.get().get(ValueLayout.JAVA_INT, OFFSET);
  }

  /**
   * What no C code stores in {@code errno} (C's codes are positive): written into the thread's segment
   * before a nonblocking call, so that a call which failed can tell whether C ran (and the capture
   * overwrote it) or it failed before.
   */
  static final int NOT_CAPTURED = Integer.MIN_VALUE;

  /** Writes {@link #NOT_CAPTURED} into the calling thread's segment; returns what it held. */
  static int arm() {
    MemorySegment state = PER_THREAD.get();
    int before = state.get(ValueLayout.JAVA_INT, OFFSET);
    state.set(ValueLayout.JAVA_INT, OFFSET, NOT_CAPTURED);
    return before;
  }

  /** Puts back what {@link #arm()} returned, when no call captured anything since. */
  static void restore(int errno) {
    PER_THREAD.get().set(ValueLayout.JAVA_INT, OFFSET, errno);
  }

  // ---- strerror -----------------------------------------------------------------------------

  /**
   * The text {@code strerror} gives for {@code errno}. Uses the XSI {@code strerror_r}, which writes
   * into a buffer of ours ({@code strerror} itself may return a buffer other threads overwrite).
   */
  public static String describe(int errno) {
    MethodHandle strerror = StrerrorHolder.HANDLE;
    if (strerror != null) {
      try (Arena arena = Arena.ofConfined()) {
        for (long size = 256; size <= 64 * 1024; size *= 4) {
          MemorySegment buffer = arena.allocate(size);
          int status = (int) strerror.invokeExact(errno, buffer, size);
          String text = buffer.getString(0, StandardCharsets.UTF_8);
          if (!text.isEmpty() && (status == 0 || text.length() < size - 1)) {
            return text;
          }
        }
      } catch (Error | RuntimeException e) {
        throw e;
      } catch (Throwable t) {
        throw new AssertionError(t);
      }
    }
    return "Unknown error " + errno;
  }

  /**
   * glibc's {@code strerror_r} is the GNU variant (it returns a {@code char *} and may ignore the
   * buffer); its XSI variant is exported as {@code __xpg_strerror_r}. musl and macOS export the XSI
   * variant as {@code strerror_r}.
   */
  private static final class StrerrorHolder {
    static final MethodHandle HANDLE = find();

    private static MethodHandle find() {
      Linker linker = Linker.nativeLinker();
      SymbolLookup libc = linker.defaultLookup();
      MemorySegment address = libc.find("__xpg_strerror_r").orElse(null);
      if (address == null && libc.find("gnu_get_libc_version").isEmpty()) {
        address = libc.find("strerror_r").orElse(null);
      }
      if (address == null) {
        return null;
      }
      return linker.downcallHandle(
          address,
          FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, CLayouts.C_SIZE_T));
    }
  }
}
