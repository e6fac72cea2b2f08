package io.ffibind.tests.readme;

import io.ffibind.Field;
import io.ffibind.FreeResult;
import io.ffibind.NativeLibrary;
import io.ffibind.Struct;
import io.ffibind.Symbol;

/** README, "Deep conversion": kept verbatim. */
@NativeLibrary("people")
public interface People {
  // typedef struct Person {
  //   const char *name; int32_t age; struct Person *parent;
  //   double *scores; size_t count; char **tags; size_t tagCount;
  // } Person;
  @Struct
  record Person(String name, int age,
                @Field("Person*") Person parent,
                @Field("f64[count]*") double[] scores, @Field("usize") long count,
                @Field("string[tagCount]*") String[] tags, @Field("usize") long tagCount) {}

  @Symbol(parameters = "const Person*", result = "f64")
  double average(Person person); // the whole graph is copied in for the call

  @FreeResult("person_free")
  @Symbol(parameters = "string", result = "Person*")
  Person find(String name); // read into records (NULL gives null), then freed by C
}
