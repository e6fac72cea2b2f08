/**
 * What generated bindings call: loading and symbol resolution, argument conversions, per-thread call
 * memory, argument checks, tracing. <strong>Not API</strong>: the package is exported only because
 * generated code in users' modules must reach it, and it changes with every ffibind release. Use
 * {@link io.ffibind.Native}, {@link io.ffibind.Memory} and {@link io.ffibind.Pointers} instead.
 */
package io.ffibind.internal;
