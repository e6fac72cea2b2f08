package io.ffibind.strict;

import io.ffibind.Field;
import io.ffibind.Struct;
import io.ffibind.strict.Shapes.Point;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.Objects;

/**
 * A struct whose fields use every field type: strings, inline arrays of numbers, strings and
 * structs, pointers followed into records, arrays and strings, raw pointers and function pointers.
 *
 * @param name a {@code char *}
 * @param parent a {@code struct strict_person *}, followed
 * @param scores {@code double *} with {@code count} elements
 * @param tags {@code char **} with {@code tagCount} elements
 * @param fixed {@code int32_t fixed[4]}
 * @param corners {@code struct strict_point corners[2]}
 * @param flags {@code bool flags[3]}
 * @param names {@code char *names[2]}
 * @param points {@code struct strict_point *} with {@code count} elements
 * @param bytes {@code uint8_t *} to 16 bytes
 * @param raw {@code void *}
 * @param callback a function pointer
 * @param rawPoint {@code struct strict_point *}, not followed
 * @param ints {@code int32_t *}, nothing more known
 * @param rawName {@code char *}, not converted
 */
@Struct(name = "strict_person")
public record Person(
    String name,
    int age,
    @Field("strict_person*") Person parent,
    @Field("f64[count]*") double[] scores,
    @Field("usize") long count,
    @Field("string[tagCount]*") String[] tags,
    @Field("usize") long tagCount,
    @Field("i32[4]") int[] fixed,
    @Field("strict_point[2]") Point[] corners,
    @Field("bool[3]") boolean[] flags,
    @Field("string[2]") String[] names,
    @Field("strict_point[count]*") Point[] points,
    @Field("u8[16]*") byte[] bytes,
    @Field("pointer") MemorySegment raw,
    @Field("function") MemorySegment callback,
    @Field("strict_point*") MemorySegment rawPoint,
    @Field("i32*") MemorySegment ints,
    @Field("string") MemorySegment rawName) {

  @Override
  public boolean equals(Object o) {
    return o instanceof Person p
        && Objects.equals(name, p.name)
        && age == p.age
        && Objects.equals(parent, p.parent)
        && Arrays.equals(scores, p.scores)
        && Arrays.equals(tags, p.tags)
        && Arrays.equals(fixed, p.fixed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, age);
  }
}
