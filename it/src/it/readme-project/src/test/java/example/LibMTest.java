package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ffibind.Native;
import org.junit.jupiter.api.Test;

class LibMTest {
  @Test
  void callsLibm() {
    try (LibM m = Native.load(LibM.class)) {
      assertEquals(1024.0, m.pow(2, 10));
      assertEquals(1.0, m.cosine(0));
    }
  }
}
