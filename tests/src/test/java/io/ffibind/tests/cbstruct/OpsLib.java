package io.ffibind.tests.cbstruct;

import io.ffibind.Callback;
import io.ffibind.Field;
import io.ffibind.NativeLibrary;
import io.ffibind.Struct;
import io.ffibind.Symbol;
import java.lang.foreign.MemorySegment;

/** Structs of function pointers ({@code cs_ops}, a small vtable) that C calls: {@code callback_structs.c}. */
@NativeLibrary("ffibind_fixtures")
public interface OpsLib {
  @Callback(parameters = {"i32", "i32"}, result = "i32")
  interface BinOp {
    int apply(int a, int b);
  }

  /** Gets the vtable it belongs to: its callbacks read back as the same Java objects. */
  @Callback(parameters = {"const cs_ops*", "i32"}, result = "i32")
  interface Describe {
    int describe(Ops self, int v);
  }

  /**
   * {@code struct cs_ops { int32_t (*apply)(int32_t, int32_t); int32_t (*describe)(const cs_ops *,
   * int32_t); const char *name; int32_t base; }}: a component whose Java type is a {@code @Callback}
   * interface is a {@code "function"} field without {@code @Field}.
   */
  @Struct(name = "cs_ops", size = 32)
  record Ops(BinOp apply, @Field("function") Describe describe, String name, int base) {}

  /** The same struct with raw function pointers. */
  @Struct(name = "cs_ops_raw", size = 32)
  record RawOps(@Field("function") MemorySegment apply, @Field("function") MemorySegment describe, String name,
      int base) {}

  @Struct(name = "cs_widget", size = 16)
  record Widget(String label, @Field("cs_ops*") Ops ops) {}

  @Callback(parameters = {"const cs_ops*", "i32"}, result = "i32")
  interface WithOps {
    int call(Ops ops, int v);
  }

  @Symbol(name = "cs_run_ops", parameters = {"const cs_ops*", "i32", "i32"}, result = "i32")
  int run(Ops ops, int a, int b);

  @Symbol(name = "cs_run_ops", parameters = {"const cs_ops*", "i32", "i32"}, result = "i32")
  int run(MemorySegment ops, int a, int b);

  @Symbol(name = "cs_run_ops", parameters = {"const cs_ops_raw*", "i32", "i32"}, result = "i32")
  int runRaw(RawOps ops, int a, int b);

  @Symbol(name = "cs_run_ops_value", parameters = {"cs_ops", "i32", "i32"}, result = "i32")
  int runByValue(Ops ops, int a, int b);

  @Symbol(name = "cs_run_ops_array", parameters = {"const cs_ops[n]", "i32", "i32", "i32"}, result = "i32")
  int runAll(Ops[] ops, int n, int a, int b);

  @Symbol(name = "cs_widget_run", parameters = {"const cs_widget*", "i32", "i32"}, result = "i32")
  int runWidget(Widget widget, int a, int b);

  /** C replaces element 0's apply with a C function; the rest of the record comes back as it went. */
  @Symbol(name = "cs_set_subtract", parameters = "cs_ops*")
  void setSubtract(Ops[] ops);

  @Symbol(name = "cs_c_ops", result = "cs_ops")
  Ops cOps();

  @Symbol(name = "cs_keep_ops", parameters = "const cs_ops*")
  void keep(MemorySegment ops);

  /** Misuse under test: C keeps a vtable whose callbacks were lent for this call only. */
  @Symbol(name = "cs_keep_ops", parameters = "const cs_ops*")
  void keepForTheCallOnly(Ops ops);

  @Symbol(name = "cs_run_kept", parameters = {"i32", "i32"}, result = "i32")
  int runKept(int a, int b);

  @Symbol(name = "cs_call_with_ops", parameters = {"function", "i32"}, result = "i32")
  int callWithOps(WithOps cb, int v);
}
