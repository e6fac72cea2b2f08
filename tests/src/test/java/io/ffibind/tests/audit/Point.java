package io.ffibind.tests.audit;

import io.ffibind.Struct;

/** A top-level struct record, named in type strings of other types of this package as "Point". */
@Struct
public record Point(double x, double y) {}
