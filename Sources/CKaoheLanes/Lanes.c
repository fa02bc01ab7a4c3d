// The lane executor, compiled three times: for AVX-512, AVX2 and the SSE2 of every x86-64 (or the
// target's own vectors elsewhere), the widest the processor runs chosen at run time. The body is
// LanesBody.h; see CKaoheLanes.h for what it does.
#include "CKaoheLanes.h"

#include <math.h>
#include <string.h>

// The same operations as Swift's, one by one: never fuse a multiplication and an addition.
#pragma clang fp contract(off)

/// `Numeric.epsilon`: the tolerance of comparisons and whole units.
#define KAOHE_EPSILON 1e-9

/// `Round.evaluate` for one value: `pow(10, min(max(digits.rounded(), -6), 9))` as the scale, then
/// half away from zero with ε towards it.
static double kaohe_round(double x, double digits) {
  double d = round(digits);
  double atLeast = -6.0 >= d ? -6.0 : d;
  double scale = pow(10, 9.0 < atLeast ? 9.0 : atLeast);
  return round(x * scale + (x >= 0 ? KAOHE_EPSILON : -KAOHE_EPSILON)) / scale;
}

#define CAT2(a, b) a##b
#define CAT(a, b) CAT2(a, b)
#define NAME(x) CAT(x, W)

#if defined(__x86_64__)
#define W 8
#define LANES_FMA 1
#pragma clang attribute push(__attribute__((target("avx512f,avx512dq,avx512vl,fma"))), apply_to = function)
#include "LanesBody.h"
#pragma clang attribute pop
#undef W
#undef LANES_FMA

#define W 4
#define LANES_FMA 1
#pragma clang attribute push(__attribute__((target("avx2,fma"))), apply_to = function)
#include "LanesBody.h"
#pragma clang attribute pop
#undef W
#undef LANES_FMA
#endif

#define W 2
#define LANES_FMA 0
#include "LanesBody.h"
#undef W
#undef LANES_FMA

#include "Native/Fingerprints.h"

int kaohe_lanes_count(void) { return KAOHE_LANES; }

int kaohe_lanes_native_find(uint64_t fingerprint, size_t steps, size_t frameSize) {
  for (int i = 0; kaohe_lane_fingerprints[i][0] != 0; i++) {
    const uint64_t *entry = kaohe_lane_fingerprints[i];
    if (entry[0] == fingerprint && entry[1] == steps && entry[2] == frameSize) return i;
  }
  return -1;
}

int kaohe_lanes_widest(void) {
#if defined(__x86_64__)
  __builtin_cpu_init();
  int fma = __builtin_cpu_supports("fma");
  if (fma && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl"))
    return 8;
  if (fma && __builtin_cpu_supports("avx2")) return 4;
#endif
  return 2;
}

/// The width to run: the one asked for, narrowed to the widest this processor runs.
static int chosen(int width) {
  int widest = kaohe_lanes_widest();
  return width < widest ? width : widest;
}

// Each entry point runs the version of the width chosen: x86-64 has three, other targets one.
#if defined(__x86_64__)
#define CASE(w, call)                                                                                                  \
  case w: call; return;
#else
#define CASE(w, call)
#endif

void kaohe_lanes_execute(
  const KaoheLaneStep *steps, size_t stepCount, const int32_t *operands, double *frame, int width) {
  switch (chosen(width)) {
    CASE(8, execute8(steps, stepCount, operands, frame))
    CASE(4, execute4(steps, stepCount, operands, frame))
  default: execute2(steps, stepCount, operands, frame);
  }
}

size_t kaohe_lanes_native_whole_frame(int index) { return (size_t)kaohe_lane_fingerprints[index][4]; }

void kaohe_lanes_native_run(
  int index, double *frame, const uint8_t *active, const double *columns, size_t stride, size_t count,
  const int32_t *slots, int width) {
  // The input table: each slot's lanes in the frame, or in the caller's columns.
  size_t slotCount = (size_t)kaohe_lane_fingerprints[index][3];
  const double *inputs[slotCount > 0 ? slotCount : 1];
  for (size_t i = 0; i < slotCount; i++) inputs[i] = frame + i * KAOHE_LANES;
  if (columns)
    for (size_t k = 0; k < count; k++)
      if (slots[k] >= 0 && (size_t)slots[k] < slotCount) inputs[slots[k]] = columns + k * stride;
  switch (chosen(width)) {
    CASE(8, active ? nativeKernels8[index](frame, inputs, active) : nativeWholeKernels8[index](frame, inputs))
    CASE(4, active ? nativeKernels4[index](frame, inputs, active) : nativeWholeKernels4[index](frame, inputs))
  default: active ? nativeKernels2[index](frame, inputs, active) : nativeWholeKernels2[index](frame, inputs);
  }
}

void kaohe_lanes_set_columns(
  double *frame, const double *columns, size_t stride, size_t width, size_t count, const int32_t *slots) {
  // Whole runs copy a fixed size, which the compiler does in vector moves instead of a call.
  if (count >= KAOHE_LANES) {
    for (size_t k = 0; k < width; k++)
      if (slots[k] >= 0) memcpy(frame + (size_t)slots[k] * KAOHE_LANES, columns + k * stride, KAOHE_LANES * sizeof(double));
    return;
  }
  for (size_t k = 0; k < width; k++)
    if (slots[k] >= 0) memcpy(frame + (size_t)slots[k] * KAOHE_LANES, columns + k * stride, count * sizeof(double));
}
