package io.ffibind.tests.structs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Field;
import io.ffibind.FreeResult;
import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Struct;
import io.ffibind.Symbol;
import io.ffibind.tests.structs.Shapes.Char16;
import io.ffibind.tests.structs.Shapes.Flex;
import io.ffibind.tests.structs.Shapes.Node;
import io.ffibind.tests.structs.Shapes.Packed;
import io.ffibind.tests.structs.Shapes.Point;
import io.ffibind.tests.structs.Shapes.PtrArr;
import io.ffibind.tests.structs.Shapes.Rect;
import io.ffibind.tests.structs.Shapes.Size;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Structs behind pointers: C changing fields in place (seen through the companion and through
 * {@code Point[]}), arrays of structs, pointers into C's static memory, packed structs, flexible
 * array members, and linked lists (cycles and depth).
 */
class ByPointerTest {
  @NativeLibrary("ffibind_fixtures")
  interface Lib {
    @Symbol(name = "st_point_move", parameters = {"st_point*", "f64", "f64"})
    void move(Point[] p, double dx, double dy);

    @Symbol(name = "st_point_move", parameters = {"st_point*", "f64", "f64"})
    void move(MemorySegment p, double dx, double dy);

    /** A record for a pointer: copied in for the call; C's changes are not seen. */
    @Symbol(name = "st_point_move", parameters = {"st_point*", "f64", "f64"})
    void move(Point p, double dx, double dy);

    @Symbol(name = "st_point_len2", parameters = "const st_point*", result = "f64")
    double len2(Point p);

    @Symbol(name = "st_point_len2", parameters = "const st_point*", result = "f64")
    double len2(Point[] p);

    @Symbol(name = "st_rects_grow", parameters = {"st_rect[n]", "i32", "f64"})
    void grow(Rect[] rects, int n, double by);

    @Symbol(name = "st_rects_grow", parameters = {"st_rect[]", "i32", "f64"})
    void growAll(Rect[] rects, int n, double by);

    @Symbol(name = "st_rects_grow", parameters = {"st_rect[n]", "i32", "f64"})
    void grow(MemorySegment rects, int n, double by);

    @Symbol(name = "st_rects_total_area", parameters = {"const st_rect[n]", "i32"}, result = "f64")
    double totalArea(Rect[] rects, int n);

    @Symbol(name = "st_origin", result = "st_point*")
    Point origin();

    @Symbol(name = "st_origin", result = "st_point*")
    MemorySegment originSegment();

    @Symbol(name = "st_corners", result = "st_point[4]")
    Point[] corners();

    @Symbol(name = "st_corners", result = "st_point[4]")
    MemorySegment cornersSegment();

    @Symbol(name = "st_no_point", result = "st_point*")
    Point noPoint();

    @Symbol(name = "st_packed_sum", parameters = "const st_packed*", result = "i64")
    long sum(Packed p);

    @Symbol(name = "st_packed_set", parameters = {"st_packed*", "char", "i32", "i16"})
    void set(Packed[] p, byte c, int i, short s);

    @Symbol(name = "st_flex_sum", parameters = "const st_flex*", result = "i64")
    long sum(Flex f);

    @FreeResult("st_free")
    @Symbol(name = "st_flex_make", parameters = "i32", result = "st_flex*")
    Flex flex(int n);

    @Symbol(name = "st_list_sum", parameters = "const st_node*", result = "i64")
    long sum(Node list);

    @Symbol(name = "st_list", parameters = "i32", result = "st_node*")
    Node list(int n);

    @Symbol(name = "st_list_cycle", parameters = "i32", result = "st_node*")
    Node cycle(int n);

    @Symbol(name = "st_alias_self", result = "st_alias*")
    Alias aliasSelf();

    @Symbol(name = "st_char16_check", parameters = "const st_char16*", result = "i64")
    long check(Char16 c);

    @Symbol(name = "st_ptr_arr_total", parameters = "const st_ptr_arr*", result = "i64")
    long total(PtrArr p);
  }

  private static final Lib LIB = Native.load(Lib.class);

  @Test
  void cChangesFieldsInPlace() {
    Point[] p = {new Point(1, 2)};
    Point before = p[0];
    LIB.move(p, 10, 20);
    assertEquals(new Point(11, 22), p[0]);
    assertEquals(new Point(1, 2), before, "records are values: element 0 is replaced");
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment s = Ffibind_Shapes_Point.allocate(arena, new Point(1, 2));
      LIB.move(s, 0.5, -0.5);
      assertEquals(1.5, Ffibind_Shapes_Point.x(s));
      assertEquals(1.5, Ffibind_Shapes_Point.y(s));
      Ffibind_Shapes_Point.x(s, 3);
      Ffibind_Shapes_Point.y(s, 4);
      assertEquals(new Point(3, 4), Ffibind_Shapes_Point.read(s));
    }
    Point record = new Point(1, 1);
    LIB.move(record, 5, 5); // copied in; nothing to see
    assertEquals(new Point(1, 1), record);
    assertEquals(25, LIB.len2(new Point(3, 4)));
    assertEquals(25, LIB.len2(new Point[] {new Point(3, 4), new Point(100, 100)}));
  }

  @Test
  void arraysOfStructs() {
    Rect[] rects = {rect(0, 0, 1, 1), rect(1, 1, 2, 3), rect(5, 5, 10, 10)};
    LIB.grow(rects, 2, 1);
    assertEquals(rect(0, 0, 2, 2), rects[0]);
    assertEquals(rect(1, 1, 3, 4), rects[1]);
    assertEquals(rect(5, 5, 10, 10), rects[2], "only n elements are C's");
    LIB.growAll(rects, 3, 1);
    assertEquals(rect(5, 5, 11, 11), rects[2]);
    assertEquals(9 + 20 + 121, LIB.totalArea(rects, 3));
    Rect[] kept = rects.clone();
    LIB.totalArea(rects, 3); // const: nothing copied back
    assertSame(kept[0], rects[0]);
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment array = Ffibind_Shapes_Rect.allocateArray(arena, rect(0, 0, 1, 1), rect(0, 0, 2, 2));
      LIB.grow(array, 2, 0.5);
      assertArrayEquals(new Rect[] {rect(0, 0, 1.5, 1.5), rect(0, 0, 2.5, 2.5)}, Ffibind_Shapes_Rect.readArray(array, 2));
      MemorySegment second = Ffibind_Shapes_Rect.elementAt(array, 1);
      assertEquals(new Size(2.5, 2.5), Ffibind_Shapes_Rect.size(second));
      Ffibind_Shapes_Point.x(Ffibind_Shapes_Rect.origin$slice(second), 9);
      assertEquals(9, Ffibind_Shapes_Rect.readArray(array, 2)[1].origin().x());
    }
  }

  @Test
  void pointersIntoCsStaticMemory() {
    assertEquals(new Point(1.5, -2.5), LIB.origin());
    assertNotSame(LIB.origin(), LIB.origin());
    MemorySegment origin = LIB.originSegment();
    assertEquals(Ffibind_Shapes_Point.SIZE, origin.byteSize());
    Ffibind_Shapes_Point.x(origin, 7.5);
    try {
      assertEquals(new Point(7.5, -2.5), LIB.origin(), "the segment is C's memory itself");
    } finally {
      Ffibind_Shapes_Point.x(origin, 1.5);
    }
    assertArrayEquals(new Point[] {new Point(0, 0), new Point(1, 0), new Point(1, 1), new Point(0, 1)}, LIB.corners());
    assertEquals(4 * Ffibind_Shapes_Point.SIZE, LIB.cornersSegment().byteSize());
    assertNull(LIB.noPoint());
  }

  @Test
  void packedStructs() {
    assertEquals(-3 + 100L * 123456 + 1000000L * -2, LIB.sum(new Packed((byte) -3, 123456, (short) -2)));
    Packed[] p = {new Packed((byte) 0, 0, (short) 0)};
    LIB.set(p, (byte) 9, Integer.MIN_VALUE, Short.MAX_VALUE);
    assertEquals(new Packed((byte) 9, Integer.MIN_VALUE, Short.MAX_VALUE), p[0]);
  }

  @Test
  void flexibleArrayMembers() {
    assertEquals(10 * 1 + 20 * 2 + 30 * 3, LIB.sum(new Flex(3, new short[] {10, 20, 30})));
    assertEquals(10, LIB.sum(new Flex(1, new short[] {10, 20, 30})), "n says how many C reads");
    Flex made = LIB.flex(5);
    assertEquals(5, made.n());
    assertArrayEquals(new short[] {1, 2, 3, 4, 5}, made.data());
    assertEquals(0, LIB.flex(0).data().length);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LIB.sum(new Flex(4, new short[3])));
    assertEquals("argument 'f' of Lib.sum, field data has 3 elements but field n is 4: pass at least 4", e.getMessage());
  }

  @Test
  void linkedLists() {
    Node list = LIB.list(100);
    int length = 0;
    for (Node n = list; n != null; n = n.next()) {
      length++;
    }
    assertEquals(100, length);
    assertEquals(5050, LIB.sum(list));
    Node three = new Node(1, new Node(2, new Node(3, null)));
    assertEquals(6, LIB.sum(three));
  }

  @Test
  void aCycleInCMemoryFailsClearly() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LIB.cycle(3));
    assertTrue(e.getMessage().startsWith("result of Lib.cycle, field next.next.next points back to the struct at 0x"),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("which is already being read (a cycle): records cannot hold a cycle; declare"
        + " this field as MemorySegment and follow it yourself"), e.getMessage());
  }

  @Test
  void chainsDeeperThanTheBoundFailClearly() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LIB.list(400));
    assertTrue(e.getMessage().contains("is more than 256 pointers deep"), e.getMessage());
    assertTrue(e.getMessage().startsWith("result of Lib.list, field next.next.next.next.next.next.(245 more)"
        + ".next.next.next.next.next.next is more than 256 pointers deep"), e.getMessage());
    Node deep = null;
    for (int i = 0; i < 300; i++) {
      deep = new Node(i, deep);
    }
    Node tooDeep = deep;
    e = assertThrows(IllegalArgumentException.class, () -> LIB.sum(tooDeep));
    assertTrue(e.getMessage().startsWith("argument 'list' of Lib.sum, field next.next"), e.getMessage());
  }

  @Struct(name = "st_alias_in")
  record AliasIn(int v) {}

  @Struct(name = "st_alias")
  record Alias(AliasIn in, @Field("st_alias_in*") AliasIn p) {}

  @Test
  void aPointerToTheStructsOwnFirstMemberIsNotACycle() {
    assertEquals(new Alias(new AliasIn(7), new AliasIn(7)), LIB.aliasSelf());
  }

  /** Records are immutable, but an array in one may hold the record itself: a cycle. */
  @Struct(name = "st_tree")
  record Tree(int value, @Field("st_tree[n]*") Tree[] kids, int n) {}

  @Test
  void aCycleOfRecordsFailsClearly() {
    Tree[] kids = new Tree[2];
    Tree root = new Tree(1, kids, 2);
    kids[0] = new Tree(2, null, 0);
    kids[1] = root;
    try (Arena arena = Arena.ofConfined()) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Ffibind_ByPointerTest_Tree.allocate(arena, root));
      assertEquals("struct st_tree, field kids[1] refers back to a record already being written (a cycle): ffibind"
          + " copies trees of records to C, not cycles; pass MemorySegment for this field instead", e.getMessage());
      kids[1] = new Tree(3, new Tree[] {new Tree(4, null, 0)}, 1);
      Tree back = Ffibind_ByPointerTest_Tree.read(Ffibind_ByPointerTest_Tree.allocate(arena, root));
      assertEquals(4, back.kids()[1].kids()[0].value(), "a tree is fine");
      Tree shared = new Tree(5, null, 0);
      Tree dag = new Tree(6, new Tree[] {shared, shared}, 2);
      assertEquals(5, Ffibind_ByPointerTest_Tree.read(Ffibind_ByPointerTest_Tree.allocate(arena, dag)).kids()[1].value(),
          "the same record twice (not a cycle) is copied twice");
    }
  }

  @Test
  void charArraysAndStringArraysInside() {
    byte[] name = Arrays.copyOf("ffibind".getBytes(StandardCharsets.US_ASCII), 16);
    assertEquals(7 * 1000 + 42, LIB.check(new Char16(name, 42)));
    assertEquals(3 + 0 - 1, LIB.total(new PtrArr(new String[] {"abc", "", null}, 3)));
    assertThrows(IllegalArgumentException.class, () -> LIB.total(new PtrArr(new String[] {"abc"}, 1)));
  }

  private static Rect rect(double x, double y, double w, double h) {
    return new Rect(new Point(x, y), new Size(w, h));
  }
}
