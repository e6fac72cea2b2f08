package io.ffibind.processor.gen;

import com.palantir.javapoet.CodeBlock;
import io.ffibind.processor.model.FunctionModel.ParameterModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java callbacks one downcall passes to C for its duration: each takes a stub from its
 * interface's pool before the call, the call rethrows what they threw, and the stubs go back in
 * {@code finally}. See {@code io.ffibind.internal.UpcallSlot}. Callbacks held in fields of record
 * arguments get their stubs while the records are written into the call's scratch memory, which
 * keeps them ({@code io.ffibind.internal.LentCallbacks}); they are rethrown and released the same way.
 */
final class ScopedCallbacks {
  /** The local holding where the call's lent callbacks start. */
  private static final String LENT = "$lent";

  private final List<ParameterModel> callbacks = new ArrayList<>();
  /** Whether record arguments may lend callbacks through their fields. */
  private final boolean lends;

  ScopedCallbacks(boolean lends) {
    this.lends = lends;
  }

  private final List<ParameterModel> outParameters = new ArrayList<>();

  /** Registers a {@code "function"} parameter whose Java type is a {@code @Callback}: its C argument. */
  CodeBlock argument(ParameterModel p) {
    callbacks.add(p);
    return CodeBlock.of("$N.pointer()", slot(p));
  }

  /**
   * Registers a {@code function*} out-parameter whose Java type is an array of a {@code @Callback}:
   * element 0 goes in as a callback for the call (or as the C function it wraps); what C stored comes
   * back as a Java object, the same one when C left the pointer unchanged. Returns the C argument, a
   * pointer to one pointer in the call's scratch memory (NULL for a null array).
   */
  CodeBlock outArgument(ParameterModel p, CodeBlock.Builder conversions) {
    callbacks.add(p);
    outParameters.add(p);
    conversions.addStatement(
        "$T $N = $N == null ? $T.NULL : $T.functionOut($$scratch, $N.pointer())",
        Names.MEMORY_SEGMENT, out(p), p.name(), Names.MEMORY_SEGMENT, Names.CALLBACK_MARSHAL, slot(p));
    return CodeBlock.of("$N", out(p));
  }

  /** After the call: what C stored in each {@code function*}, back into element 0. */
  CodeBlock copyBack() {
    CodeBlock.Builder code = CodeBlock.builder();
    for (ParameterModel p : outParameters) {
      String back = Locals.of(p.name()) + "$stored";
      code.beginControlFlow("if ($N != null)", p.name());
      code.addStatement("$T $N = $N.get($T.ADDRESS, 0)", Names.MEMORY_SEGMENT, back, out(p), Names.VALUE_LAYOUT);
      code.beginControlFlow("if ($N.address() != $N.pointer().address())", back, slot(p));
      code.addStatement("$N[0] = $L", p.name(), CallbackWriter.wrap(p.javaType().component().declared(), CodeBlock.of("$N", back)));
      code.endControlFlow();
      code.endControlFlow();
    }
    return code.build();
  }

  boolean isEmpty() {
    return callbacks.isEmpty() && !lends;
  }

  /** Before the call: a stub per callback ({@code NULL} for null, the address for a wrapped C function). */
  CodeBlock acquire() {
    CodeBlock.Builder code = CodeBlock.builder();
    if (lends) {
      code.addStatement("int $N = $$scratch.lent().mark()", LENT);
    }
    for (ParameterModel p : callbacks) {
      if (outParameters.contains(p)) {
        code.addStatement(
            "$T $N = $T.$N($N == null ? null : $N[0])",
            Names.UPCALL_SLOT, slot(p), CallbackWriter.generatedClass(p.javaType().component().declared()),
            CallbackWriter.SCOPED, p.name(), p.name());
      } else {
        code.addStatement(
            "$T $N = $T.$N($N)",
            Names.UPCALL_SLOT, slot(p), CallbackWriter.generatedClass(p.javaType().declared()),
            CallbackWriter.SCOPED, p.name());
      }
    }
    return code.build();
  }

  /** Right after the call: what the callbacks threw during it, on whichever thread. */
  CodeBlock rethrow() {
    if (lends) {
      List<CodeBlock> slots = callbacks.stream().map(p -> CodeBlock.of(", $N", slot(p))).toList();
      return CodeBlock.builder().addStatement("$$scratch.lent().rethrow($N$L)", LENT, CodeBlock.join(slots, "")).build();
    }
    if (callbacks.isEmpty()) {
      return CodeBlock.of("");
    }
    if (callbacks.size() == 1) {
      return CodeBlock.builder().addStatement("$N.rethrow()", slot(callbacks.get(0))).build();
    }
    List<CodeBlock> slots = callbacks.stream().map(p -> CodeBlock.of("$N", slot(p))).toList();
    return CodeBlock.builder().addStatement("$T.rethrow($L)", Names.UPCALL_SLOT, CodeBlock.join(slots, ", ")).build();
  }

  /**
   * In {@code catch (Throwable $t)}: a callback's checked exception is rethrown as it is, the same
   * object, although the bound method declares none.
   */
  CodeBlock rethrowChecked() {
    return CodeBlock.builder().addStatement("throw $T.sneaky($$t)", Names.UPCALL_SLOT).build();
  }

  /** In {@code finally}: the stubs are detached; a later call from C is reported, never run. */
  CodeBlock release() {
    CodeBlock.Builder code = CodeBlock.builder();
    for (ParameterModel p : callbacks) {
      code.addStatement("$N.release()", slot(p));
    }
    if (lends) {
      code.addStatement("$$scratch.lent().release($N)", LENT);
    }
    return code.build();
  }

  private static String slot(ParameterModel p) {
    return Locals.of(p.name());
  }

  private static String out(ParameterModel p) {
    return Locals.of(p.name()) + "$cell";
  }
}
