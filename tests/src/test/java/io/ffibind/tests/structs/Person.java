package io.ffibind.tests.structs;

import io.ffibind.Field;
import io.ffibind.Struct;
import java.util.Arrays;
import java.util.Objects;

/**
 * ffi-rs's {@code Person} ({@code person.c}): every kind of field a struct graph has, each array
 * with the field that holds its length. Arrays compare by content, so records read back from C
 * equal the ones written.
 */
@Struct(name = "st_person")
public record Person(
    int age,
    @Field("f64[doubleArrayLen]*") double[] doubleArray,
    @Field("usize") long doubleArrayLen,
    @Field("st_person*") Person parent,
    double doubleProps,
    String name,
    @Field("string[stringArrayLen]*") String[] stringArray,
    @Field("usize") long stringArrayLen,
    @Field("i32[i32ArrayLen]*") int[] i32Array,
    @Field("usize") long i32ArrayLen,
    boolean boolTrue,
    boolean boolFalse,
    long longVal,
    @Field(value = "char", name = "byte") byte byteValue,
    @Field("u8[byteArrayLen]*") byte[] byteArray,
    @Field("usize") long byteArrayLen) {

  /** A person whose length fields match its arrays. */
  static Person of(int age, double[] doubles, Person parent, double doubleProps, String name, String[] strings,
      int[] ints, long longVal, char byteValue, byte[] bytes) {
    return new Person(age, doubles, doubles == null ? 0 : doubles.length, parent, doubleProps, name, strings,
        strings == null ? 0 : strings.length, ints, ints == null ? 0 : ints.length, true, false, longVal,
        (byte) byteValue, bytes, bytes == null ? 0 : bytes.length);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Person p
        && age == p.age && Arrays.equals(doubleArray, p.doubleArray) && doubleArrayLen == p.doubleArrayLen
        && Objects.equals(parent, p.parent) && Double.compare(doubleProps, p.doubleProps) == 0
        && Objects.equals(name, p.name) && Arrays.equals(stringArray, p.stringArray)
        && stringArrayLen == p.stringArrayLen && Arrays.equals(i32Array, p.i32Array) && i32ArrayLen == p.i32ArrayLen
        && boolTrue == p.boolTrue && boolFalse == p.boolFalse && longVal == p.longVal && byteValue == p.byteValue
        && Arrays.equals(byteArray, p.byteArray) && byteArrayLen == p.byteArrayLen;
  }

  @Override
  public int hashCode() {
    return Objects.hash(age, Arrays.hashCode(doubleArray), parent, name, Arrays.hashCode(stringArray), longVal);
  }

  @Override
  public String toString() {
    return "Person[age=" + age + ", doubleArray=" + Arrays.toString(doubleArray) + ", parent=" + parent
        + ", doubleProps=" + doubleProps + ", name=" + name + ", stringArray=" + Arrays.toString(stringArray)
        + ", i32Array=" + Arrays.toString(i32Array) + ", boolTrue=" + boolTrue + ", boolFalse=" + boolFalse
        + ", longVal=" + longVal + ", byte=" + byteValue + ", byteArray=" + Arrays.toString(byteArray) + "]";
  }
}
