package io.ffibind.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ffibind.Native;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @NativeLibrary("ffibind_fixtures")
  interface Smoke extends AutoCloseable {
    @Symbol(name = "smoke_add_i32", parameters = {"i32", "int32"}, result = "i32")
    int add(int a, int b);

    @Override
    void close();
  }

  @Test
  void addsAndCloses() {
    Smoke s = Native.load(Smoke.class);
    assertEquals(Integer.MIN_VALUE, s.add(Integer.MAX_VALUE, 1));
    s.close();
    s.close();
    assertThrows(IllegalStateException.class, () -> s.add(1, 2));
  }
}
