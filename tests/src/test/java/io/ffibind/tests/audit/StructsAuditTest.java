package io.ffibind.tests.audit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.Field;
import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Struct;
import io.ffibind.Symbol;
import io.ffibind.Union;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Black-box audit of issue 6 as a new user writes it: declarations from the issue text only, against
 * fixtures-c (audit.c, structs.c) and libc.
 */
class StructsAuditTest {

  @Struct(name = "Kid")
  record Kid(String name, int age) {}

  /** Every default and every kind of field type string. */
  @Struct(name = "au_item", size = 120, align = 8)
  record Item(
      boolean flag,
      char ch,
      String label,
      MemorySegment raw,
      Point at,
      @Field("i32[3]") int[] fixed,
      @Field("i32[3]*") int[] three,
      @Field("f64[count]*") double[] values,
      @Field("usize") long count,
      @Field("string[n]*") String[] names,
      int n,
      @Field("Kid[nkids]*") Kid[] kids,
      int nkids,
      @Field("Point*") Point where) {}

  @Union(size = 4)
  record Bits(int i, float f) {}

  @Struct(packed = true, size = 7, align = 1)
  record Packed(byte c, int i, short s) {}

  @Union
  record Payload(int i, double d, @Field("char[12]") byte[] s) {}

  @Struct
  record Tagged(int tag, Payload u) {}

  @Union
  record Overlay(long l, Point p, @Field("f32[4]") float[] f, MemorySegment raw) {}

  @Struct
  record Names(@Field("string[3]") String[] names, int n) {}

  @Struct(size = 8)
  record Flags(@Field("bool[5]") boolean[] flags, short s) {}

  @Struct
  record Node(int value, @Field("Node*") Node next) {}

  @Struct
  record Tree(int value, @Field("Tree[n]*") Tree[] kids, int n) {}

  @Struct(name = "st_c_i")
  record CharInt(byte c, int i) {}

  @Struct(name = "st_arr_struct")
  record CharInts(@Field("st_c_i[3]") CharInt[] items, byte c) {}

  @Struct(name = "st_mixed")
  record Mixed(byte c, long l, short s, float f, byte c2, double d) {}

  @NativeLibrary("ffibind_fixtures")
  interface Lib {
    @Symbol(name = "st_layout", parameters = {"string", "string"}, result = "i64")
    long layout(String shape, String field);

    @Symbol(name = "st_list", parameters = "i32", result = "Node*")
    Node list(int n);

    @Symbol(name = "st_list_cycle", parameters = "i32", result = "Node*")
    Node cycle(int n);

    @Symbol(name = "st_list_sum", parameters = "const Node*", result = "i64")
    long listSum(Node head);

    @Symbol(name = "st_tagged_value", parameters = "Tagged", result = "f64")
    double tagged(Tagged t);

    @Symbol(name = "st_tagged_double", parameters = "f64", result = "Tagged")
    Tagged taggedDouble(double d);

    @Symbol(name = "st_ptr_arr_total", parameters = "const Names*", result = "i64")
    long namesTotal(Names names);

    @Symbol(name = "st_bool_arr_count", parameters = "Flags", result = "i32")
    int flags(Flags flags);

    @Symbol(name = "au_item_print", parameters = {"const au_item*", "buffer[cap]", "usize"}, result = "i32")
    int print(Item item, byte[] out, long cap);

    @Symbol(name = "au_item_print", parameters = {"const au_item*", "buffer[cap]", "usize"}, result = "i32")
    int printAt(MemorySegment item, byte[] out, long cap);

    @Symbol(name = "au_item_bump", parameters = "au_item*")
    void bump(Item[] item);

    @Symbol(name = "au_item_bump", parameters = "au_item*")
    void bumpAt(MemorySegment item);

    @Symbol(name = "au_item_static", parameters = "bool", result = "au_item*")
    Item item(boolean empty);

    @Symbol(name = "au_item_static", parameters = "bool", result = "au_item*")
    MemorySegment itemAt(boolean empty);

    @Symbol(name = "au_points_weigh", parameters = {"const Point[n]", "i32"}, result = "f64")
    double weigh(Point[] ps, int n);

    @Symbol(name = "au_points_weigh", parameters = {"Point[2]", "i32"}, result = "f64")
    double weighTwo(Point[] ps, int n);

    @Symbol(name = "au_points_weigh", parameters = {"Point[]", "i32"}, result = "f64")
    double weighAt(MemorySegment ps, int n);

    @Symbol(name = "au_points_scale", parameters = {"Point[]", "i32", "f64"})
    void scale(Point[] ps, int n, double k);

    @Symbol(name = "au_points_scale", parameters = {"Point[n]", "i32", "f64"})
    void scaleN(Point[] ps, int n, double k);

    @Symbol(name = "st_dd_sum", parameters = "Point", result = "f64")
    double sum(Point p);

    @Symbol(name = "st_dd_sum", parameters = "Point", result = "f64")
    double sumAt(MemorySegment p);

    @Symbol(name = "st_dd_swap", parameters = "Point", result = "Point")
    Point swap(Point p);

    @Symbol(name = "st_point_move", parameters = {"Point*", "f64", "f64"})
    void move(Point[] p, double dx, double dy);

    @Symbol(name = "st_point_move", parameters = {"Point*", "f64", "f64"})
    void moveAt(MemorySegment p, double dx, double dy);

    @Symbol(name = "st_point_move", parameters = {"Point*", "f64", "f64"})
    void moveCopy(Point p, double dx, double dy);

    @Symbol(name = "st_point_len2", parameters = "const Point*", result = "f64")
    double len2(Point p);

    @Symbol(name = "st_point_len2", parameters = "const Point*", result = "f64")
    double len2Array(Point[] p);

    @Symbol(name = "st_origin", result = "Point*")
    Point origin();

    @Symbol(name = "st_origin", result = "Point*")
    MemorySegment originAt();

    @Symbol(name = "st_no_point", result = "Point*")
    Point none();

    @Symbol(name = "st_no_point", result = "Point*")
    MemorySegment noneAt();

    @Symbol(name = "st_corners", result = "Point[4]")
    Point[] corners();

    @Symbol(name = "au_grid", parameters = "i32", result = "Point[n]")
    Point[] grid(int n);

    @Symbol(name = "st_union_if_bits", parameters = "Bits", result = "i32")
    int bits(Bits b);

    @Symbol(name = "st_union_if_of_float", parameters = "f32", result = "Bits")
    Bits ofFloat(float f);

    @Symbol(name = "st_packed_sum", parameters = "const Packed*", result = "i64")
    long packedSum(Packed p);

    @Symbol(name = "st_packed_set", parameters = {"Packed*", "char", "i32", "i16"})
    void packedSet(Packed[] p, byte c, int i, short s);

    @Symbol(name = "st_calls_on_this_thread", result = "i64")
    long calls();
  }

  private static final Lib LIB = Native.load(Lib.class);

  private static String print(Item item) {
    byte[] out = new byte[512];
    int n = LIB.print(item, out, out.length);
    return new String(out, 0, n, UTF_8);
  }

  private static Item full() {
    return new Item(
        true,
        '\uFFFF',
        "h\u00e9llo \u65e5\u672c",
        MemorySegment.ofAddress(4096),
        new Point(-0.0, 1e300),
        new int[] {Integer.MIN_VALUE, 0, Integer.MAX_VALUE},
        new int[] {-1, 2, 3},
        new double[] {0.25, -2},
        2,
        new String[] {"", "\u20ac", "z"},
        3,
        new Kid[] {new Kid("ann", 7), new Kid("\u00e9", -1)},
        2,
        new Point(-1.5, 2.25));
  }

  @Test
  void everyFieldTypeReachesCAsWritten() {
    assertEquals(
        "flag=1 ch=65535 label=h\u00e9llo \u65e5\u672c raw=4096 at=(-0,1e+300) fixed=-2147483648,0,2147483647"
            + " three=-1,2,3 values[2]=0.25;-2; names[3]=;\u20ac;z; kids[2]=ann/7;\u00e9/-1; where=(-1.5,2.25)",
        print(full()));
  }

  @Test
  void nullPointersAndEmptyArraysReachCAsNull() {
    // null arrays whose length field is 0 are NULL; a T[N]* with a constant N needs an array (README)
    Item empty = new Item(false, '\0', null, null, new Point(0, 0), new int[3], new int[3], null, 0, null, 0,
        null, 0, null);
    assertEquals(
        "flag=0 ch=0 label=(null) raw=0 at=(0,0) fixed=0,0,0 three=0,0,0 values[0]= names[0]= kids[0]="
            + " where=(null)",
        print(empty));
  }

  @Test
  void pointerToOneIsReadBackIntoElementZero() {
    Item before = full();
    Item[] box = {before};
    LIB.bump(box);
    Item after = box[0];
    assertFalse(after == before);
    assertFalse(after.flag());
    assertEquals('\0', after.ch()); // 0xFFFF + 1 wraps in C's uint16_t
    assertEquals(0.0, after.at().x());
    assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(after.at().x())); // -(-0.0)
    assertEquals(1e300, after.at().y());
    assertArrayEquals(new int[] {0, 0, -2}, after.fixed()); // MIN_VALUE * 2 wraps to 0
    assertEquals(1, after.count());
    assertArrayEquals(new double[] {0.75}, after.values()); // C's new count decides the length
    assertArrayEquals(new String[] {"", "\u20ac", "z"}, after.names());
    assertEquals(new Kid("\u00e9", -1), after.kids()[1]);
    assertEquals(new Point(-1.5, 99), after.where());
    assertEquals("h\u00e9llo \u65e5\u672c", after.label());
    assertEquals(4096, after.raw().address());
    // the record passed in is unchanged
    assertTrue(before.flag());
    assertArrayEquals(new double[] {0.25, -2}, before.values());
  }

  @Test
  void structFromStaticMemoryIsReadDeeply() {
    Item item = LIB.item(false);
    assertTrue(item.flag());
    assertEquals('\uFFFF', item.ch());
    assertEquals("\u65e5\u672c", item.label());
    assertEquals(4096, item.raw().address());
    assertEquals(new Point(3.5, -4.5), item.at());
    assertArrayEquals(new int[] {1, 2, 3}, item.fixed());
    assertArrayEquals(new int[] {Integer.MIN_VALUE, -1, Integer.MAX_VALUE}, item.three());
    assertEquals(3, item.count());
    assertArrayEquals(new double[] {0.5, -0.0, 1e300}, item.values());
    assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(item.values()[1]));
    assertArrayEquals(new String[] {"", "h\u00e9llo", "\u20ac"}, item.names());
    assertArrayEquals(new Kid[] {new Kid("ann", 7), new Kid("bob", 0)}, item.kids());
    assertEquals(new Point(-1.5, 2.25), item.where());

    // passed back to C, the record C gave prints as C's own struct does
    assertEquals(
        "flag=1 ch=65535 label=\u65e5\u672c raw=4096 at=(3.5,-4.5) fixed=1,2,3 three=-2147483648,-1,2147483647"
            + " values[3]=0.5;-0;1e+300; names[3]=;h\u00e9llo;\u20ac; kids[2]=ann/7;bob/0; where=(-1.5,2.25)",
        print(item));

    Item empty = LIB.item(true);
    assertFalse(empty.flag());
    assertNull(empty.label());
    assertNull(empty.three());
    assertNull(empty.values());
    assertNull(empty.names());
    assertNull(empty.kids());
    assertNull(empty.where());
    assertArrayEquals(new int[3], empty.fixed());
  }

  @Test
  void companionReadsAndWritesInPlace() {
    MemorySegment at = LIB.itemAt(false);
    assertEquals(Ffibind_StructsAuditTest_Item.SIZE, at.byteSize());
    assertEquals(120, Ffibind_StructsAuditTest_Item.SIZE);
    assertEquals(8, Ffibind_StructsAuditTest_Item.ALIGNMENT);
    assertEquals("\u65e5\u672c", Ffibind_StructsAuditTest_Item.label(at));
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment copy = Ffibind_StructsAuditTest_Item.allocate(arena, full());
      LIB.bumpAt(copy);
      assertEquals(1, Ffibind_StructsAuditTest_Item.count(copy));
      assertFalse(Ffibind_StructsAuditTest_Item.flag(copy));
      Ffibind_StructsAuditTest_Item.count(copy, 0);
      byte[] out = new byte[512];
      int n = LIB.printAt(copy, out, out.length);
      assertTrue(new String(out, 0, n, UTF_8).contains(" values[0]= "), new String(out, 0, n, UTF_8));
      assertEquals(new Point(0.0, 1e300), Ffibind_Point.read(Ffibind_StructsAuditTest_Item.at$slice(copy)));
    }
    assertEquals(new Point(1.5, -2.5), Ffibind_Point.read(LIB.originAt()));
    assertEquals(Ffibind_Point.SIZE, LIB.originAt().byteSize());
  }

  @Test
  void offsetsAreCs() {
    assertEquals(0, Ffibind_StructsAuditTest_Item.flag$OFFSET);
    assertEquals(2, Ffibind_StructsAuditTest_Item.ch$OFFSET);
    assertEquals(8, Ffibind_StructsAuditTest_Item.label$OFFSET);
    assertEquals(16, Ffibind_StructsAuditTest_Item.raw$OFFSET);
    assertEquals(24, Ffibind_StructsAuditTest_Item.at$OFFSET);
    assertEquals(40, Ffibind_StructsAuditTest_Item.fixed$OFFSET);
    assertEquals(56, Ffibind_StructsAuditTest_Item.three$OFFSET);
    assertEquals(64, Ffibind_StructsAuditTest_Item.values$OFFSET);
    assertEquals(72, Ffibind_StructsAuditTest_Item.count$OFFSET);
    assertEquals(80, Ffibind_StructsAuditTest_Item.names$OFFSET);
    assertEquals(88, Ffibind_StructsAuditTest_Item.n$OFFSET);
    assertEquals(96, Ffibind_StructsAuditTest_Item.kids$OFFSET);
    assertEquals(104, Ffibind_StructsAuditTest_Item.nkids$OFFSET);
    assertEquals(112, Ffibind_StructsAuditTest_Item.where$OFFSET);
    assertEquals(7, Ffibind_StructsAuditTest_Packed.SIZE);
    assertEquals(1, Ffibind_StructsAuditTest_Packed.i$OFFSET);
    assertEquals(5, Ffibind_StructsAuditTest_Packed.s$OFFSET);
  }

  @Test
  void inlineStructArraysAndCsOwnLayouts() {
    assertEquals(LIB.layout("st_arr_struct", "sizeof"), Ffibind_StructsAuditTest_CharInts.SIZE);
    assertEquals(LIB.layout("st_arr_struct", "alignof"), Ffibind_StructsAuditTest_CharInts.ALIGNMENT);
    assertEquals(LIB.layout("st_arr_struct", "c"), Ffibind_StructsAuditTest_CharInts.c$OFFSET);
    assertEquals(LIB.layout("st_mixed", "sizeof"), Ffibind_StructsAuditTest_Mixed.SIZE);
    assertEquals(LIB.layout("st_mixed", "l"), Ffibind_StructsAuditTest_Mixed.l$OFFSET);
    assertEquals(LIB.layout("st_mixed", "s"), Ffibind_StructsAuditTest_Mixed.s$OFFSET);
    assertEquals(LIB.layout("st_mixed", "f"), Ffibind_StructsAuditTest_Mixed.f$OFFSET);
    assertEquals(LIB.layout("st_mixed", "c2"), Ffibind_StructsAuditTest_Mixed.c2$OFFSET);
    assertEquals(LIB.layout("st_mixed", "d"), Ffibind_StructsAuditTest_Mixed.d$OFFSET);
    try (Arena arena = Arena.ofConfined()) {
      CharInt[] items = {new CharInt((byte) -1, Integer.MIN_VALUE), new CharInt((byte) 0, 0), new CharInt((byte) 127, -1)};
      MemorySegment s = Ffibind_StructsAuditTest_CharInts.allocate(arena, new CharInts(items, (byte) 'z'));
      CharInts back = Ffibind_StructsAuditTest_CharInts.read(s);
      assertArrayEquals(items, back.items());
      assertEquals('z', back.c());
      // in place: the inline array's memory, element 2
      MemorySegment third = Ffibind_StructsAuditTest_CharInt.elementAt(Ffibind_StructsAuditTest_CharInts.items$slice(s), 2);
      Ffibind_StructsAuditTest_CharInt.i(third, 42);
      assertEquals(new CharInt((byte) 127, 42), Ffibind_StructsAuditTest_CharInts.read(s).items()[2]);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Ffibind_StructsAuditTest_CharInts.allocate(arena, new CharInts(new CharInt[2], (byte) 0)));
      assertTrue(e.getMessage().contains("items"), e.getMessage());
    }
  }

  @Test
  void byValueBothWays() {
    assertEquals(1.5 + 10 * -2.0, LIB.sum(new Point(1.5, -2)));
    Point swapped = LIB.swap(new Point(Double.NaN, -0.0));
    assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(swapped.x()));
    assertTrue(Double.isNaN(swapped.y()));
    try (Arena arena = Arena.ofConfined()) {
      assertEquals(3 + 40.0, LIB.sumAt(Ffibind_Point.allocate(arena, new Point(3, 4))));
    }
    assertEquals(Float.floatToRawIntBits(-1.5f), LIB.bits(new Bits(0, -1.5f)));
    assertEquals(-7, LIB.bits(new Bits(-7, 0)));
    Bits read = LIB.ofFloat(1.0f);
    assertEquals(1.0f, read.f());
    assertEquals(Float.floatToRawIntBits(1.0f), read.i());
  }

  @Test
  void byPointer() {
    Point[] box = {new Point(1, 2)};
    Point original = box[0];
    LIB.move(box, 0.5, -3);
    assertEquals(new Point(1.5, -1), box[0]);
    assertEquals(new Point(1, 2), original);

    Point[] nullElement = {null};
    LIB.move(nullElement, 1, 1);
    assertEquals(new Point(1, 1), nullElement[0]);

    Point fixed = new Point(3, 4);
    LIB.moveCopy(fixed, 1, 1); // copied in for the call: the record is unchanged
    assertEquals(new Point(3, 4), fixed);
    assertEquals(25.0, LIB.len2(fixed));
    assertEquals(25.0, LIB.len2Array(new Point[] {fixed, null}));

    try (Arena arena = Arena.ofConfined()) {
      MemorySegment p = Ffibind_Point.allocate(arena, new Point(-1, -1));
      LIB.moveAt(p, 2, 3);
      assertEquals(1.0, Ffibind_Point.x(p));
      assertEquals(2.0, Ffibind_Point.y(p));
    }
    double[] heap = {1, 2};
    LIB.moveAt(MemorySegment.ofArray(heap), 0.5, -0.5); // a heap segment is copied in and back
    assertArrayEquals(new double[] {1.5, 1.5}, heap);
    assertEquals(new Point(1.5, -2.5), LIB.origin());
    assertNull(LIB.none());
    assertEquals(MemorySegment.NULL, LIB.noneAt());
    assertArrayEquals(
        new Point[] {new Point(0, 0), new Point(1, 0), new Point(1, 1), new Point(0, 1)}, LIB.corners());

    Packed[] packed = {new Packed((byte) 0, 0, (short) 0)};
    LIB.packedSet(packed, (byte) -1, Integer.MIN_VALUE, Short.MAX_VALUE);
    assertEquals(new Packed((byte) -1, Integer.MIN_VALUE, Short.MAX_VALUE), packed[0]);
    assertEquals(-1 + 100L * Integer.MIN_VALUE + 1_000_000L * Short.MAX_VALUE, LIB.packedSum(packed[0]));
  }

  @Test
  void arraysAreCopiedInAndBack() {
    Point[] ps = {new Point(1, 2), new Point(-3, 0.5)};
    assertEquals(1 + 20 - 3 + 5, LIB.weigh(ps, 2));
    assertEquals(1 + 20 - 3 + 5, LIB.weighTwo(ps, 2));
    LIB.scale(ps, 2, -2);
    assertArrayEquals(new Point[] {new Point(-2, -4), new Point(6, -1)}, ps);
    LIB.scaleN(ps, 1, 0.5); // only the first n are C's business
    assertArrayEquals(new Point[] {new Point(-1, -2), new Point(6, -1)}, ps);
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment array = Ffibind_Point.allocateArray(arena, new Point(1, 1), new Point(2, 2));
      assertEquals(33.0, LIB.weighAt(array, 2));
      assertEquals(new Point(2, 2), Ffibind_Point.read(Ffibind_Point.elementAt(array, 1)));
      assertArrayEquals(new Point[] {new Point(1, 1), new Point(2, 2)}, Ffibind_Point.readArray(array, 2));
    }
  }

  @Test
  void arrayResults() {
    assertArrayEquals(new Point[] {new Point(0, 0.5), new Point(-1, 1e-300), new Point(2, -3)}, LIB.grid(3));
    assertArrayEquals(new Point[0], LIB.grid(0));
    assertNull(LIB.grid(5));
  }

  @Test
  void taggedUnionsAndInlineArrays() {
    assertEquals(-7.0, LIB.tagged(new Tagged(0, new Payload(-7, 0, new byte[12]))));
    assertEquals(2.5, LIB.tagged(new Tagged(1, new Payload(0, 2.5, new byte[12]))));
    byte[] text = new byte[12];
    text[0] = 'a';
    text[1] = (byte) 0xC3;
    text[2] = (byte) 0xA9;
    assertEquals(3.0, LIB.tagged(new Tagged(2, new Payload(0, 0, text))));
    assertEquals(-7.0, LIB.tagged(new Tagged(0, new Payload(-7, 0, null))));

    // union members of zeros (an array, a record, NULL) leave the member that is set alone
    try (Arena arena = Arena.ofConfined()) {
      Overlay l = Ffibind_StructsAuditTest_Overlay.read(Ffibind_StructsAuditTest_Overlay.allocate(arena,
          new Overlay(-5, new Point(0, 0), new float[4], MemorySegment.NULL)));
      assertEquals(-5, l.l());
      assertEquals(-5, l.raw().address());
      Overlay p = Ffibind_StructsAuditTest_Overlay.read(Ffibind_StructsAuditTest_Overlay.allocate(arena,
          new Overlay(0, new Point(-0.0, 1), new float[4], null)));
      assertEquals(new Point(-0.0, 1), p.p());
      assertEquals(Long.MIN_VALUE, p.l());
      Overlay f = Ffibind_StructsAuditTest_Overlay.read(Ffibind_StructsAuditTest_Overlay.allocate(arena,
          new Overlay(0, new Point(0, 0), new float[] {0, 0, 0, -0.0f}, null)));
      assertArrayEquals(new float[] {0, 0, 0, -0.0f}, f.f());
    }
    Tagged read = LIB.taggedDouble(-0.0);
    assertEquals(1, read.tag());
    assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(read.u().d()));
    assertEquals(0, read.u().i()); // -0.0's low 32 bits
    assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 0, 0, (byte) 0x80, 0, 0, 0, 0}, read.u().s());

    assertEquals(0 + 2 - 1, LIB.namesTotal(new Names(new String[] {"", "\u00e9", null}, 3)));
    assertEquals(2, LIB.namesTotal(new Names(new String[] {"ab", "ignored", "x"}, 1)));
    assertEquals(300 - 32768, LIB.flags(new Flags(new boolean[] {true, false, true, true, false}, Short.MIN_VALUE)));
    assertRejected(IllegalArgumentException.class,
        () -> LIB.namesTotal(new Names(new String[] {"a", "b"}, 2)), "'names'", "names");
    assertRejected(IllegalArgumentException.class,
        () -> LIB.flags(new Flags(new boolean[6], (short) 0)), "'flags'", "flags");
    assertRejected(IllegalArgumentException.class,
        () -> LIB.namesTotal(new Names(new String[] {"a", "b\0", "c"}, 2)), "'names'", "names[1]", "U+0000");
  }

  @Test
  void graphsAreFollowedWithinBounds() {
    assertEquals(new Node(1, new Node(2, new Node(3, null))), LIB.list(3));
    assertNull(LIB.list(0));
    assertEquals(6, LIB.listSum(new Node(1, new Node(2, new Node(3, null)))));
    assertEquals(0, LIB.listSum(null));

    IllegalArgumentException loop = assertThrows(IllegalArgumentException.class, () -> LIB.cycle(3));
    assertTrue(loop.getMessage().contains("Lib.cycle") && loop.getMessage().contains("next.next"), loop.getMessage());
    IllegalArgumentException deep = assertThrows(IllegalArgumentException.class, () -> LIB.list(300));
    assertTrue(deep.getMessage().contains("Lib.list") && deep.getMessage().contains("next"), deep.getMessage());

    Node chain = null;
    for (int i = 0; i < 300; i++) {
      chain = new Node(i, chain);
    }
    Node tooDeep = chain;
    assertRejected(IllegalArgumentException.class, () -> LIB.listSum(tooDeep), "'head'", "next");

    Tree[] kids = new Tree[1];
    Tree root = new Tree(1, kids, 1);
    kids[0] = root;
    try (Arena arena = Arena.ofConfined()) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Ffibind_StructsAuditTest_Tree.allocate(arena, root));
      assertTrue(e.getMessage().contains("kids[0]"), e.getMessage());
    }
  }

  // ---- bad input: named, before C runs --------------------------------------------------------

  private static void assertRejected(Class<? extends RuntimeException> type, Runnable call, String... parts) {
    long before = LIB.calls();
    RuntimeException e = assertThrows(RuntimeException.class, call::run);
    assertTrue(
        e instanceof IllegalArgumentException || e instanceof NullPointerException,
        () -> "not IAE/NPE: " + e);
    for (String part : parts) {
      assertTrue(e.getMessage() != null && e.getMessage().contains(part), () -> e.getMessage() + " lacks " + part);
    }
    assertEquals(before, LIB.calls(), "C ran");
  }

  @Test
  void badInputNamesParameterAndFieldPath() {
    assertRejected(NullPointerException.class, () -> LIB.sum(null), "'p'", "Lib.sum");
    assertRejected(IllegalArgumentException.class, () -> LIB.move(new Point[0], 1, 1), "'p'", "Lib.move");
    assertRejected(IllegalArgumentException.class, () -> LIB.weigh(new Point[1], 2), "'ps'");
    assertRejected(IllegalArgumentException.class, () -> LIB.weighTwo(new Point[1], 1), "'ps'");

    Item good = full();
    Item shortValues = new Item(true, 'a', "x", null, new Point(0, 0), new int[3], new int[3],
        new double[] {1}, 2, null, 0, null, 0, null);
    assertRejected(IllegalArgumentException.class, () -> print(shortValues), "'item'", "Lib.print", "values");
    Item shortFixed = new Item(true, 'a', "x", null, new Point(0, 0), new int[2], new int[3], null, 0, null, 0,
        null, 0, null);
    assertRejected(IllegalArgumentException.class, () -> print(shortFixed), "'item'", "fixed");
    Item shortThree = new Item(true, 'a', "x", null, new Point(0, 0), new int[3], new int[2], null, 0, null,
        0, null, 0, null);
    assertRejected(IllegalArgumentException.class, () -> print(shortThree), "'item'", "three");
    Item nulLabel = new Item(true, 'a', "a\0b", null, new Point(0, 0), new int[3], new int[3], null, 0, null, 0,
        null, 0, null);
    assertRejected(IllegalArgumentException.class, () -> print(nulLabel), "'item'", "label", "U+0000");
    Item nulKid = new Item(true, 'a', "x", null, new Point(0, 0), new int[3], new int[3], null, 0, null, 0,
        new Kid[] {new Kid("ok", 1), new Kid("b\0", 2)}, 2, null);
    assertRejected(IllegalArgumentException.class, () -> print(nulKid),
        "argument 'item' of Lib.print, field kids[1].name contains U+0000 at index 1");
    Item nullInline = new Item(true, 'a', "x", null, null, new int[3], new int[3], null, 0, null, 0, null, 0, null);
    assertRejected(IllegalArgumentException.class, () -> print(nullInline), "'item'", "at");
    assertRejected(IllegalArgumentException.class, () -> LIB.bump(new Item[0]), "'item'", "Lib.bump");
    Item nullThree = new Item(true, 'a', "x", null, new Point(0, 0), new int[3], null, null, 0, null, 0,
        null, 0, null);
    assertRejected(IllegalArgumentException.class, () -> print(nullThree), "'item'", "three");
    Item nullNames = new Item(true, 'a', "x", null, new Point(0, 0), new int[3], new int[3], null, 0, null, 1,
        null, 0, null);
    assertRejected(IllegalArgumentException.class, () -> print(nullNames), "'item'", "names");
    assertRejected(IllegalArgumentException.class, () -> LIB.weigh(new Point[2], -1), "'ps'", "negative");
    assertRejected(IllegalArgumentException.class, () -> LIB.weigh(null, 1), "'ps'", "null");
    Item nulName = new Item(true, 'a', "x", null, new Point(0, 0), new int[3], new int[3], null, 0,
        new String[] {"ok", "a\0"}, 2, null, 0, null);
    assertRejected(IllegalArgumentException.class, () -> print(nulName), "'item'", "names[1]", "U+0000");
    Item shortNames = new Item(true, 'a', "x", null, new Point(0, 0), new int[3], new int[3], null, 0,
        new String[] {"ok"}, 2, null, 0, null);
    assertRejected(IllegalArgumentException.class, () -> print(shortNames), "'item'", "names", "field n");
    Item nullKid = new Item(true, 'a', "x", null, new Point(0, 0), new int[3], new int[3], null, 0, null, 0,
        new Kid[] {null}, 1, null);
    assertRejected(IllegalArgumentException.class, () -> print(nullKid), "'item'", "kids[0]");
    assertNotNull(good);
  }

  // ---- real libc structs -----------------------------------------------------------------------

  @NativeLibrary("")
  interface LibC {
    @Struct(name = "div_t", size = 8, align = 4)
    record DivT(int quot, int rem) {}

    @Struct(name = "ldiv_t", size = 16, align = 8)
    record LdivT(@Field("long") long quot, @Field("long") long rem) {}

    @Struct(name = "timespec", size = 16)
    record Timespec(@Field("long") long tv_sec, @Field("long") long tv_nsec) {}

    @Struct(name = "tm", size = 56, align = 8)
    record Tm(int tm_sec, int tm_min, int tm_hour, int tm_mday, int tm_mon, int tm_year, int tm_wday,
              int tm_yday, int tm_isdst, @Field("long") long tm_gmtoff, String tm_zone) {}

    @Symbol(parameters = {"i32", "i32"}, result = "div_t")
    DivT div(int numerator, int denominator);

    @Symbol(parameters = {"long", "long"}, result = "ldiv_t")
    LdivT ldiv(long numerator, long denominator);

    @Symbol(parameters = {"i32", "timespec*"}, result = "i32")
    int clock_gettime(int clock, Timespec[] tp);

    @Symbol(parameters = {"const long*", "tm*"}, result = "tm*")
    Tm gmtime_r(long[] time, Tm[] result);

    @Symbol(parameters = {"const long*", "tm*"}, result = "tm*")
    MemorySegment localtime_r(long[] time, MemorySegment result);

    @Symbol(parameters = "tm*", result = "long")
    long mktime(Tm[] tm);

    @Symbol(parameters = {"buffer[max]", "usize", "string", "const tm*"}, result = "usize")
    long strftime(byte[] s, long max, String format, Tm tm);
  }

  @Test
  void libcStructs() {
    LibC c = Native.load(LibC.class);
    assertEquals(new LibC.DivT(-3, -1), c.div(-7, 2));
    assertEquals(new LibC.DivT(Integer.MIN_VALUE, 0), c.div(Integer.MIN_VALUE, 1));
    assertEquals(new LibC.LdivT(Long.MIN_VALUE / 3, Long.MIN_VALUE % 3), c.ldiv(Long.MIN_VALUE, 3));

    LibC.Timespec[] now = new LibC.Timespec[1];
    assertEquals(0, c.clock_gettime(0, now)); // CLOCK_REALTIME
    long javaNow = System.currentTimeMillis() / 1000;
    assertTrue(Math.abs(now[0].tv_sec() - javaNow) <= 5, now[0].toString());
    assertTrue(now[0].tv_nsec() >= 0 && now[0].tv_nsec() < 1_000_000_000L);

    LibC.Tm[] box = new LibC.Tm[1];
    LibC.Tm epoch = c.gmtime_r(new long[] {-1}, box);
    assertEquals(new LibC.Tm(59, 59, 23, 31, 11, 69, 3, 364, 0, 0, "GMT"), epoch);
    assertEquals(epoch, box[0]);

    try (Arena arena = Arena.ofConfined()) {
      MemorySegment tm = Ffibind_StructsAuditTest_LibC_Tm.allocate(arena);
      MemorySegment result = c.localtime_r(new long[] {86400L * 365}, tm);
      assertEquals(tm.address(), result.address());
      assertTrue(Ffibind_StructsAuditTest_LibC_Tm.tm_year(tm) >= 70);
    }

    // mktime normalizes the date fields in place: 32 January is 1 February
    LibC.Tm[] jan32 = {new LibC.Tm(0, 0, 12, 32, 0, 124, 0, 0, 0, 0, null)};
    c.mktime(jan32);
    assertEquals(1, jan32[0].tm_mday());
    assertEquals(1, jan32[0].tm_mon());
    assertEquals(31, jan32[0].tm_yday());
    assertEquals(4, jan32[0].tm_wday()); // a Thursday

    byte[] out = new byte[64];
    long n = c.strftime(out, out.length, "%Y-%m-%d %H:%M:%S \u00e9", new LibC.Tm(5, 4, 3, 2, 0, 100, 0, 1, 0, 0, null));
    assertEquals("2000-01-02 03:04:05 \u00e9", new String(out, 0, (int) n, UTF_8));
  }

  @Test
  void sameRecordObjectsAreNotShared() {
    Point[] ps = {new Point(1, 1)};
    Point[] copy = Arrays.copyOf(ps, 1);
    LIB.scale(ps, 1, 3);
    assertSame(copy[0], copy[0]);
    assertEquals(new Point(1, 1), copy[0]);
  }
}
