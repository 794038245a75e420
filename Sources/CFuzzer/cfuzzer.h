#ifndef MIGOF_CFUZZER_H
#define MIGOF_CFUZZER_H

#include <stddef.h>
#include <stdint.h>

/* libFuzzer's driver, for a program that has its own main (SwiftPM gives every executable
   target one). Defined by the fuzzer runtime that -sanitize=fuzzer links; only the
   `make fuzz` build (-D MIGOF_LIBFUZZER) calls it, so other builds need no definition. */
extern int LLVMFuzzerRunDriver(int *argc, char ***argv,
                               int (*callback)(const uint8_t *data, size_t size));

#endif
