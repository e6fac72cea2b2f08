package io.ffibind.examples.modular;

import io.ffibind.Native;
import java.nio.charset.StandardCharsets;

/** Loads zlib through {@code Native.load} from a named module and prints what it computes. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Zlib zlib = Native.load(Zlib.class);
    byte[] hello = "hello".getBytes(StandardCharsets.US_ASCII);
    System.out.println("module: " + Main.class.getModule().getName());
    System.out.println("zlib " + zlib.zlibVersion());
    System.out.printf("crc32(\"hello\") = 0x%08x%n", zlib.crc32(0, hello, hello.length));
    System.out.println("compressBound(1000) = " + zlib.compressBound(1000));
  }
}
