#ifndef BERTH_CLIBFUZZER_SHIM_H
#define BERTH_CLIBFUZZER_SHIM_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt, linked by -sanitize=fuzzer): parses the fuzzer flags in
/// argv and calls `test` once per input. It is what libFuzzer's own main() calls.
int LLVMFuzzerRunDriver(int *_Nonnull argc, char *_Nullable *_Nonnull *_Nonnull argv,
                        int (*_Nonnull test)(const uint8_t *_Nonnull data, size_t size));

#endif
