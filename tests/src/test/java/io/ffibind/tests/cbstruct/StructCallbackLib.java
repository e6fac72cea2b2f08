package io.ffibind.tests.cbstruct;

import io.ffibind.Callback;
import io.ffibind.Field;
import io.ffibind.NativeLibrary;
import io.ffibind.Struct;
import io.ffibind.Symbol;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;

/** The fixtures of {@code callback_structs.c}: callbacks that take and return structs. */
@NativeLibrary("ffibind_fixtures")
public interface StructCallbackLib {
  /** Eight bytes: an int and a float in one integer register. */
  @Struct(name = "cs_pair", size = 8)
  record Pair(int a, float b) {}

  /** Two doubles, in two SSE registers. */
  @Struct(name = "cs_vec", size = 16)
  record Vec(double x, double y) {}

  /** Forty bytes, passed and returned in memory, with padding inside and at the end. */
  @Struct(name = "cs_big", size = 40, align = 8)
  record Big(
      long id,
      double weight,
      @Field("u8") int flags,
      short code,
      @Field("char[5]") byte[] tag,
      @Field("u32") long count,
      float ratio) {

    @Override
    public boolean equals(Object o) {
      return o instanceof Big b && id == b.id && Double.compare(weight, b.weight) == 0 && flags == b.flags
          && code == b.code && Arrays.equals(tag, b.tag) && count == b.count && Float.compare(ratio, b.ratio) == 0;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(id) ^ Arrays.hashCode(tag);
    }

    @Override
    public String toString() {
      return "Big[" + id + ", " + weight + ", " + flags + ", " + code + ", " + Arrays.toString(tag) + ", " + count
          + ", " + ratio + "]";
    }
  }

  // ---- callback types -------------------------------------------------------------------------

  @Callback(parameters = "i32", result = "cs_vec")
  interface MakeVec {
    Vec make(int v);
  }

  @Callback(parameters = "i32", result = "cs_big")
  interface MakeBig {
    Big make(int which);
  }

  @Callback(parameters = {"i32", "cs_big", "cs_pair", "cs_vec"}, result = "i32")
  interface TakeBig {
    int take(int which, Big big, Pair pair, Vec vec);
  }

  /** The same C type, each struct as the memory Panama passes it in (valid during the invocation). */
  @Callback(parameters = {"i32", "cs_big", "cs_pair", "cs_vec"}, result = "i32")
  interface TakeBigRaw {
    int take(int which, MemorySegment big, MemorySegment pair, MemorySegment vec);
  }

  @Callback(parameters = {"i32", "cs_pair"}, result = "cs_pair")
  interface PairOp {
    Pair apply(int v, Pair p);
  }

  @Callback(parameters = "const cs_vec*", result = "f64")
  interface VecLen {
    double len(Vec v);
  }

  @Callback(parameters = "const cs_vec*", result = "f64")
  interface VecLenRaw {
    double len(MemorySegment v);
  }

  /** Changes C's vector in place, through the companion. */
  @Callback(parameters = "cs_vec*")
  interface Modify {
    void modify(MemorySegment v);
  }

  /** A copy of C's array; elements the callback replaces are written back. */
  @Callback(parameters = {"cs_pair[n]", "i32"})
  interface Pairs {
    void edit(Pair[] items, int n);
  }

  @Callback(parameters = {"const cs_pair[n]", "i32"}, result = "i32")
  interface ConstPairs {
    int read(Pair[] items, int n);
  }

  /** C's array itself, changed in place through the companion. */
  @Callback(parameters = {"cs_pair[n]", "i32"})
  interface PairsRaw {
    void edit(MemorySegment items, int n);
  }

  // ---- functions ------------------------------------------------------------------------------

  @Symbol(name = "cs_layout", parameters = "string", result = "i64")
  long layout(String field);

  @Symbol(name = "cs_edge", parameters = "i32", result = "cs_big")
  Big edge(int which);

  @Symbol(name = "cs_call_vec", parameters = {"function", "i32"}, result = "cs_vec")
  Vec callVec(MakeVec cb, int v);

  /** A pointer C keeps no longer than the call: exceptions go to the handler, C receives zero. */
  @Symbol(name = "cs_call_vec", parameters = {"function", "i32"}, result = "cs_vec")
  Vec callVecRaw(MemorySegment cb, int v);

  @Symbol(name = "cs_call_big", parameters = {"function", "i32"}, result = "cs_big")
  Big callBig(MakeBig cb, int which);

  @Symbol(name = "cs_check_big", parameters = {"function", "i32"}, result = "i32")
  int checkBig(MakeBig cb, int which);

  @Symbol(name = "cs_pass_big", parameters = {"function", "i32"}, result = "i32")
  int passBig(TakeBig cb, int which);

  @Symbol(name = "cs_pass_big", parameters = {"function", "i32"}, result = "i32")
  int passBigRaw(TakeBigRaw cb, int which);

  @Symbol(name = "cs_call_pair", parameters = {"function", "i32", "cs_pair"}, result = "cs_pair")
  Pair callPair(PairOp cb, int v, Pair p);

  @Symbol(name = "cs_call_vec_ptr", parameters = {"function", "f64", "f64", "bool"}, result = "f64")
  double callVecPtr(VecLen cb, double x, double y, boolean isNull);

  @Symbol(name = "cs_call_vec_ptr", parameters = {"function", "f64", "f64", "bool"}, result = "f64")
  double callVecPtrRaw(VecLenRaw cb, double x, double y, boolean isNull);

  @Symbol(name = "cs_call_modify", parameters = {"function", "f64", "f64"}, result = "f64")
  double callModify(Modify cb, double x, double y);

  @Symbol(name = "cs_call_pairs", parameters = {"function", "i32"}, result = "f64")
  double callPairs(Pairs cb, int n);

  @Symbol(name = "cs_call_pairs", parameters = {"function", "i32"}, result = "f64")
  double callPairsRaw(PairsRaw cb, int n);

  @Symbol(name = "cs_call_const_pairs", parameters = "function", result = "i32")
  int callConstPairs(ConstPairs cb);
}
