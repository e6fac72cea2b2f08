package io.ffibind.tests.audit;

import io.ffibind.Callback;
import io.ffibind.Critical;
import io.ffibind.Field;
import io.ffibind.Global;
import io.ffibind.NativeLibrary;
import io.ffibind.Struct;
import io.ffibind.Symbol;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.concurrent.CompletableFuture;

/** fixtures-c's combo.c: the features meeting each other, for the Combo*Test classes. */
@NativeLibrary("ffibind_fixtures")
public interface Combo extends AutoCloseable {
  @Struct(name = "co_point", size = 8)
  record CoPoint(int x, int y) {}

  @Callback(parameters = "i32", result = "i32")
  interface IntFn {
    int apply(int v);
  }

  @Callback(parameters = {"i32", "string", "co_point"}, result = "i64")
  interface NestFn {
    long nest(int depth, String s, CoPoint p);
  }

  @Struct(name = "co_handler", size = 16)
  record Handler(int id, IntFn fn) {}

  // ---- plain ----

  @Symbol(name = "co_call_after", parameters = {"function", "i32", "i32"}, result = "i32")
  int callAfter(IntFn cb, int v, int ms);

  @Symbol(name = "co_thread_id", result = "u64")
  long threadId();

  @Symbol(name = "co_point_make", parameters = {"i32", "i32"}, result = "co_point")
  CoPoint make(int x, int y);

  @Symbol(name = "co_point_sum", parameters = "co_point", result = "i64")
  long sum(CoPoint p);

  @Symbol(name = "co_point_bump", parameters = {"co_point*", "i32"})
  void bump(CoPoint[] p, int d);

  @Symbol(name = "co_points_swap", parameters = {"co_point[n]", "i32"})
  void swap(CoPoint[] ps, int n);

  // ---- nonblocking ----

  @Symbol(name = "co_call_after", parameters = {"function", "i32", "i32"}, result = "i32", nonblocking = true)
  CompletableFuture<Integer> callAfterAsync(IntFn cb, int v, int ms);

  @Symbol(name = "co_point_make", parameters = {"i32", "i32"}, result = "co_point", nonblocking = true)
  CompletableFuture<CoPoint> makeAsync(int x, int y);

  @Symbol(name = "co_point_sum", parameters = "co_point", result = "i64", nonblocking = true)
  CompletableFuture<Long> sumAsync(CoPoint p);

  @Symbol(name = "co_point_bump", parameters = {"co_point*", "i32"}, nonblocking = true)
  CompletableFuture<Void> bumpAsync(CoPoint[] p, int d);

  @Symbol(name = "co_points_swap", parameters = {"co_point[n]", "i32"}, nonblocking = true)
  CompletableFuture<Void> swapAsync(CoPoint[] ps, int n);

  @Symbol(name = "co_point_errno", parameters = {"i32", "i32", "i32"}, result = "co_point",
      nonblocking = true, errno = true)
  CompletableFuture<CoPoint> makeErrnoAsync(int x, int y, int e);

  @Symbol(name = "co_call_errno", parameters = {"function", "i32", "i32"}, result = "i32",
      nonblocking = true, errno = true)
  CompletableFuture<Integer> callErrnoAsync(IntFn cb, int v, int e);

  // ---- errno ----

  @Symbol(name = "co_point_errno", parameters = {"i32", "i32", "i32"}, result = "co_point", errno = true)
  CoPoint makeErrno(int x, int y, int e);

  @Symbol(name = "co_point_sum_errno", parameters = {"co_point", "i32"}, result = "i64", errno = true)
  long sumErrno(CoPoint p, int e);

  @Symbol(name = "co_call_errno", parameters = {"function", "i32", "i32"}, result = "i32", errno = true)
  int callErrno(IntFn cb, int v, int e);

  @Symbol(name = "co_set_errno", parameters = "i32", errno = true)
  void setErrno(int e);

  // ---- reentrancy ----

  @Symbol(name = "co_nest", parameters = {"function", "i32", "string", "const i32[n]", "i32", "co_point"},
      result = "i64")
  long nest(NestFn cb, int depth, String s, int[] values, int n, CoPoint p);

  @Symbol(name = "co_call_on_thread", parameters = {"function", "i32", "u64*"}, result = "i32")
  int callOnThread(IntFn cb, int v, long[] thread);

  @Callback(parameters = "i32", result = "co_point")
  interface MakeFn {
    CoPoint make(int v);
  }

  @Symbol(name = "co_handler_apply", parameters = {"const co_handler*", "i32"}, result = "i32")
  int apply(Handler h, int v);

  @Symbol(name = "co_handler_apply", parameters = {"const co_handler*", "i32"}, result = "i32", nonblocking = true)
  CompletableFuture<Integer> applyAsync(Handler h, int v);

  @Symbol(name = "co_call_make", parameters = {"function", "i32"}, result = "co_point", nonblocking = true)
  CompletableFuture<CoPoint> callMakeAsync(MakeFn cb, int v);

  @Symbol(name = "co_call_on_thread", parameters = {"function", "i32", "u64*"}, result = "i32", nonblocking = true)
  CompletableFuture<Integer> callOnThreadAsync(IntFn cb, int v, long[] thread);

  @Callback(parameters = {"const co_handler*", "i32"}, result = "i32")
  interface HandlerFn {
    int with(Handler h, int v);
  }

  @Symbol(name = "co_with_handler", parameters = {"function", "i32"}, result = "i32")
  int withHandler(HandlerFn cb, int v);

  @Symbol(name = "co_point_bump", parameters = {"co_point*", "i32"}, nonblocking = true)
  CompletableFuture<Void> bumpSegmentAsync(MemorySegment p, int d);

  @Global(name = "co_handlers", type = "co_handler[2]")
  Handler[] handlers();

  @Global(name = "co_handlers", type = "co_handler[2]")
  void handlers(Handler[] value, SegmentAllocator allocator);

  @Symbol(name = "co_handlers_call", parameters = {"i32", "i32"}, result = "i32")
  int handlersCall(int i, int v);

  @Callback(parameters = {"i32", "i32"}, result = "i32")
  interface BinOp {
    int apply(int a, int b);
  }

  @Symbol(name = "cb_op_out", parameters = {"i32", "function*"}, result = "i32", nonblocking = true)
  CompletableFuture<Integer> opOutAsync(int which, BinOp[] out);

  @Symbol(name = "co_points_va", parameters = {"i32", "...", "co_point*"}, result = "i64", errno = true)
  long pointsVaErrno(int n, CoPoint[] a);

  @Symbol(name = "co_handler_apply", parameters = {"const co_handler*", "i32"}, result = "i32")
  int applySegment(MemorySegment h, int v);

  // ---- globals ----

  @Global(name = "co_handler_global", type = "co_handler")
  Handler handler();

  @Global(name = "co_handler_global", type = "co_handler")
  void handler(Handler value, SegmentAllocator allocator);

  @Global(name = "co_handler_global", type = "co_handler")
  MemorySegment handlerStorage();

  @Global(name = "co_fn_global", type = "function")
  MemorySegment fnStorage();

  @Global(name = "co_fn_global", type = "function")
  void fn(MemorySegment value);

  @Global(name = "co_fn_global", type = "function")
  IntFn fn();

  @Symbol(name = "co_handler_call", parameters = "i32", result = "i32")
  int handlerCall(int v);

  @Symbol(name = "co_handler_id", result = "i32")
  int handlerId();

  @Symbol(name = "co_fn_call", parameters = "i32", result = "i32")
  int fnCall(int v);

  @Symbol(name = "co_handler_is_twice", result = "bool")
  boolean handlerIsTwice();

  // ---- stored callbacks ----

  @Symbol(name = "co_store", parameters = "function")
  void store(MemorySegment cb);

  @Symbol(name = "co_fire", parameters = "i32", result = "i32")
  int fire(int v);

  // ---- @Critical and variadics ----

  @Critical
  @Symbol(name = "co_points_swap", parameters = {"co_point[n]", "i32"})
  void swapCritical(CoPoint[] ps, int n);

  @Critical
  @Symbol(name = "co_points_swap", parameters = {"co_point[n]", "i32"})
  void swapCriticalSegment(MemorySegment ps, int n);

  @Critical
  @Symbol(name = "co_point_bump", parameters = {"co_point*", "i32"})
  void bumpCritical(MemorySegment p, int d);

  @Critical
  @Symbol(name = "co_point_sum", parameters = "co_point", result = "i64")
  long sumCritical(CoPoint p);

  @Critical
  @Symbol(name = "co_point_sum_errno", parameters = {"co_point", "i32"}, result = "i64", errno = true)
  long sumErrnoCritical(CoPoint p, int e);

  @Critical
  @Symbol(name = "co_point_errno", parameters = {"i32", "i32", "i32"}, result = "co_point", errno = true)
  CoPoint makeErrnoCritical(int x, int y, int e);

  @Symbol(name = "co_points_va", parameters = {"i32", "...", "co_point*", "co_point*"}, result = "i64")
  long pointsVa(int n, CoPoint[] a, CoPoint b);

  @Symbol(name = "co_points_va", parameters = {"i32", "...", "co_point*"}, result = "i64")
  long pointsVaSegment(int n, MemorySegment a);

  @Override
  void close();
}
