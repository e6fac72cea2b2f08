package io.ffibind.internal;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * Native access, which both the module of the generated code and {@code io.ffibind} need: Panama's
 * restricted methods ({@code Linker.downcallHandle}, {@code SymbolLookup.libraryLookup}, {@code
 * MemorySegment.reinterpret}) throw {@link IllegalCallerException} for a module without it when the
 * JVM runs with {@code --illegal-native-access=deny} (the JDK's future default). The exception the JDK
 * throws names the module but not the remedy; this one names the exact flag.
 */
@SuppressWarnings("restricted") // it exists to make these calls for generated code and users
public final class NativeAccess {
  private NativeAccess() {}

  /**
   * The exception to throw when a restricted call from {@code caller} failed with {@code denied}.
   */
  public static IllegalCallerException denied(Class<?> caller, IllegalCallerException denied) {
    List<Module> without = new ArrayList<>();
    Module module = caller.getModule();
    if (!module.isNativeAccessEnabled()) {
      without.add(module);
    }
    Module runtime = NativeAccess.class.getModule();
    if (runtime != module && !runtime.isNativeAccessEnabled()) {
      without.add(runtime);
    }
    if (without.isEmpty()) {
      without.add(module); // access was revoked or the JDK decided otherwise: name the caller anyway
    }
    return new IllegalCallerException(message(caller.getName(), without), denied);
  }

  /**
   * Fails with a message naming the flag if {@code io.ffibind} itself may not call restricted
   * methods: called before the runtime's restricted calls (a library load, {@code Memory}'s views of
   * raw pointers), so they fail at once and clearly rather than with the JDK's bare message.
   */
  public static void requireForRuntime() {
    if (runtimeAllowed) {
      return;
    }
    try {
      MemorySegment.NULL.reinterpret(0); // restricted, and does nothing else
    } catch (IllegalCallerException e) {
      throw denied(NativeAccess.class, e);
    }
    runtimeAllowed = true; // a benign race: at worst a thread probes once more
  }

  /** Set once the runtime's native access was seen to work; native access is never revoked. */
  private static boolean runtimeAllowed;

  static String message(String caller, List<Module> without) {
    List<String> names = new ArrayList<>();
    boolean allUnnamed = true;
    for (Module m : without) {
      String name = m.isNamed() ? m.getName() : "ALL-UNNAMED";
      allUnnamed &= !m.isNamed();
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    StringBuilder sb = new StringBuilder("native access is denied to ")
        .append(names.size() == 1 ? "module " : "modules ")
        .append(String.join(" and ", names))
        .append(", and ffibind calls C through restricted Panama methods (from ")
        .append(caller)
        .append("). Run java with --enable-native-access=")
        .append(String.join(",", names));
    if (allUnnamed) {
      sb.append(" (for an executable JAR started with java -jar, the manifest attribute"
          + " 'Enable-Native-Access: ALL-UNNAMED' does the same)");
    }
    return sb.append('.').toString();
  }
}
