package io.ffibind.strict;

import io.ffibind.Callback;
import io.ffibind.Field;
import io.ffibind.NativeLibrary;
import io.ffibind.Struct;
import io.ffibind.Symbol;
import java.lang.foreign.MemorySegment;
import java.util.List;

/**
 * Where callbacks meet structs, compiled with {@code -Xlint:all -Werror} like {@link Everything}:
 * callbacks taking and returning structs, and a struct whose fields are callbacks (a vtable) passed to
 * C as a record, by value, in an array and behind a pointer.
 */
@NativeLibrary("ffibind_strict")
public interface StructCallbacks {
  @Struct(name = "point")
  record Point(double x, double y) {}

  @Callback(parameters = {"const point*", "point", "const point[n]", "i32", "point*"}, result = "point")
  interface Transform {
    Point apply(Point p, Point q, Point[] all, int n, MemorySegment raw);
  }

  @Callback(parameters = {"point[2]", "const ops*"})
  interface Visit {
    void visit(Point[] two, Ops self);
  }

  @Struct(name = "ops")
  record Ops(Transform transform, @Field("function") Visit visit, @Field("function") MemorySegment raw, int base) {}

  @Struct(name = "holder")
  record Holder(@Field("ops*") Ops ops, @Field("ops[n]*") Ops[] all, @Field("usize") long n) {}

  @Symbol(parameters = {"function", "point"}, result = "point")
  Point transform(Transform transform, Point p);

  @Symbol(parameters = {"const ops*", "ops", "const ops[n]", "i32", "const holder*"}, result = "ops")
  Ops run(Ops ops, Ops byValue, Ops[] all, int n, Holder holder);

  @Symbol(parameters = {"ops*", "point*"})
  void out(Ops[] ops, MemorySegment heapOrNative);
}

/** Names every class generated for {@link StructCallbacks}, so that one not generated fails the build. */
final class StructCallbackBindings {
  private StructCallbackBindings() {}

  static final List<Class<?>> GENERATED =
      List.of(Ffibind_StructCallbacks.class, Ffibind_StructCallbacks_Point.class, Ffibind_StructCallbacks_Ops.class,
          Ffibind_StructCallbacks_Holder.class, Ffibind_StructCallbacks_Transform.class,
          Ffibind_StructCallbacks_Visit.class);
}
