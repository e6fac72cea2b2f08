/*
 * Hand-written DWARF 5 in the forms GCC never emits but Clang does: strings through
 * .debug_str_offsets (DW_FORM_strx1, strx2, strx), addresses through .debug_addr (DW_FORM_addrx,
 * addrx1), a name in .debug_line_str (DW_FORM_line_strp) and an implicit constant. It describes
 *     typedef int vf_int;
 *     vf_int vf_strx_add(vf_int a, int b);
 * Built on its own into libffibind_verify_strx.so by build-verify.sh.
 */
        .text
        .globl  vf_strx_add
        .type   vf_strx_add, %function
vf_strx_add:
#if defined(__x86_64__)
        leal    (%rdi,%rsi), %eax
        ret
#elif defined(__aarch64__)
        add     w0, w0, w1
        ret
#else
#error "strx.S: x86-64 or AArch64 only"
#endif
.Lcode_end:
        .size   vf_strx_add, .-vf_strx_add

        .section .debug_abbrev,"",%progbits
.Labbrev:
        .uleb128 1              /* compile unit */
        .uleb128 0x11
        .byte   1
        .uleb128 0x25           /* DW_AT_producer, DW_FORM_strx1 */
        .uleb128 0x25
        .uleb128 0x13           /* DW_AT_language, DW_FORM_data1 */
        .uleb128 0x0b
        .uleb128 0x03           /* DW_AT_name, DW_FORM_strx1 */
        .uleb128 0x25
        .uleb128 0x72           /* DW_AT_str_offsets_base, DW_FORM_sec_offset */
        .uleb128 0x17
        .uleb128 0x73           /* DW_AT_addr_base, DW_FORM_sec_offset */
        .uleb128 0x17
        .uleb128 0x11           /* DW_AT_low_pc, DW_FORM_addrx */
        .uleb128 0x1b
        .uleb128 0x12           /* DW_AT_high_pc, DW_FORM_data4 */
        .uleb128 0x06
        .byte   0, 0
        .uleb128 2              /* subprogram */
        .uleb128 0x2e
        .byte   1
        .uleb128 0x3f           /* DW_AT_external, DW_FORM_flag_present */
        .uleb128 0x19
        .uleb128 0x03           /* DW_AT_name, DW_FORM_strx1 */
        .uleb128 0x25
        .uleb128 0x27           /* DW_AT_prototyped, DW_FORM_flag_present */
        .uleb128 0x19
        .uleb128 0x49           /* DW_AT_type, DW_FORM_ref4 */
        .uleb128 0x13
        .uleb128 0x11           /* DW_AT_low_pc, DW_FORM_addrx1 */
        .uleb128 0x29
        .uleb128 0x12           /* DW_AT_high_pc, DW_FORM_data4 */
        .uleb128 0x06
        .byte   0, 0
        .uleb128 3              /* formal parameter */
        .uleb128 0x05
        .byte   0
        .uleb128 0x03           /* DW_AT_name, DW_FORM_strx */
        .uleb128 0x1a
        .uleb128 0x49           /* DW_AT_type, DW_FORM_ref4 */
        .uleb128 0x13
        .byte   0, 0
        .uleb128 4              /* base type */
        .uleb128 0x24
        .byte   0
        .uleb128 0x0b           /* DW_AT_byte_size, DW_FORM_implicit_const 4 */
        .uleb128 0x21
        .sleb128 4
        .uleb128 0x3e           /* DW_AT_encoding, DW_FORM_data1 */
        .uleb128 0x0b
        .uleb128 0x03           /* DW_AT_name, DW_FORM_strx2 */
        .uleb128 0x26
        .byte   0, 0
        .uleb128 5              /* typedef */
        .uleb128 0x16
        .byte   0
        .uleb128 0x03           /* DW_AT_name, DW_FORM_line_strp */
        .uleb128 0x1f
        .uleb128 0x49           /* DW_AT_type, DW_FORM_ref4 */
        .uleb128 0x13
        .byte   0, 0
        .byte   0

        .section .debug_info,"",%progbits
.Lunit:
        .4byte  .Lunit_end - .Lunit_version
.Lunit_version:
        .2byte  5
        .byte   1               /* DW_UT_compile */
        .byte   8
        .4byte  .Labbrev
        .uleb128 1
        .byte   0               /* producer: string 0 */
        .byte   0x1d            /* DW_LANG_C11 */
        .byte   1               /* name: string 1 */
        .4byte  .Lstr_offsets_base
        .4byte  .Laddr_base
        .uleb128 0              /* low_pc: address 0 */
        .4byte  .Lcode_end - vf_strx_add
        .uleb128 2
        .byte   2               /* "vf_strx_add" */
        .4byte  .Ltypedef - .Lunit
        .byte   0               /* low_pc: address 0 */
        .4byte  .Lcode_end - vf_strx_add
        .uleb128 3
        .uleb128 3              /* "a" */
        .4byte  .Ltypedef - .Lunit
        .uleb128 3
        .uleb128 4              /* "b" */
        .4byte  .Lint - .Lunit
        .byte   0               /* end of the subprogram's children */
.Lint:
        .uleb128 4
        .byte   5               /* DW_ATE_signed */
        .2byte  5               /* "int" */
.Ltypedef:
        .uleb128 5
        .4byte  .Lname_vf_int
        .4byte  .Lint - .Lunit
        .byte   0               /* end of the unit's children */
.Lunit_end:

        .section .debug_str_offsets,"",%progbits
        .4byte  .Loffsets_end - .Loffsets_version
.Loffsets_version:
        .2byte  5
        .2byte  0
.Lstr_offsets_base:
        .4byte  .Lproducer
        .4byte  .Lfile
        .4byte  .Lname_add
        .4byte  .Lname_a
        .4byte  .Lname_b
        .4byte  .Lname_int
.Loffsets_end:

        .section .debug_addr,"",%progbits
        .4byte  .Laddr_end - .Laddr_version
.Laddr_version:
        .2byte  5
        .byte   8
        .byte   0
.Laddr_base:
        .8byte  vf_strx_add
.Laddr_end:

        .section .debug_str,"",%progbits
.Lproducer:     .string "hand-written"
.Lfile:         .string "strx.S"
.Lname_add:     .string "vf_strx_add"
.Lname_a:       .string "a"
.Lname_b:       .string "b"
.Lname_int:     .string "int"

        .section .debug_line_str,"",%progbits
.Lname_vf_int:  .string "vf_int"

        .section .note.GNU-stack,"",%progbits
