// Kaohe's lane executor: a compiled program's steps run over KAOHE_LANES samples at once, in the
// widest vectors the processor has (AVX-512, AVX2, or the SSE2 every x86-64 has), chosen at run
// time. Used by `SlicedRun` (module KaoheFormula) for batches of samples; see docs/performance.md.
#ifndef CKAOHE_LANES_H
#define CKAOHE_LANES_H

#include <stddef.h>
#include <stdint.h>

/// How many samples one lane run scores: the frame holds location i, lane l at i * KAOHE_LANES + l.
/// A step runs over them in a loop of KAOHE_LANES / width vectors, so each step's code, fetched once,
/// serves 64 samples (see docs/performance.md).
enum { KAOHE_LANES = 64 };

/// KAOHE_LANES as the executor was compiled with it (what Swift reads, so that the two always agree).
int kaohe_lanes_count(void);

/// What a step does (`Kernel.Code`; KaoheFormula maps one to the other by name).
enum KaoheLaneCode {
  KAOHE_LANE_MOVE,
  KAOHE_LANE_NEGATE,
  KAOHE_LANE_NOT,
  KAOHE_LANE_ADD,
  KAOHE_LANE_SUBTRACT,
  KAOHE_LANE_MULTIPLY,
  KAOHE_LANE_DIVIDE,
  KAOHE_LANE_LESS,
  KAOHE_LANE_LESS_EQUAL,
  KAOHE_LANE_GREATER,
  KAOHE_LANE_GREATER_EQUAL,
  KAOHE_LANE_EQUAL,
  KAOHE_LANE_NOT_EQUAL,
  KAOHE_LANE_AND,
  KAOHE_LANE_OR,
  KAOHE_LANE_SELECT,
  KAOHE_LANE_AWARD,
  KAOHE_LANE_PENALTY,
  KAOHE_LANE_MINIMUM,
  KAOHE_LANE_MAXIMUM,
  KAOHE_LANE_COUNT,
  KAOHE_LANE_SUM,
  KAOHE_LANE_ADDITION,
  KAOHE_LANE_CALL,
  KAOHE_LANE_CAP,
  KAOHE_LANE_SUM_CAPPED,
};

/// The helper a call step runs (`Builtin`).
enum KaoheLaneBuiltin {
  KAOHE_BUILTIN_MIN,
  KAOHE_BUILTIN_MAX,
  KAOHE_BUILTIN_CLAMP,
  KAOHE_BUILTIN_ABS,
  KAOHE_BUILTIN_FLOOR,
  KAOHE_BUILTIN_CEIL,
  KAOHE_BUILTIN_ROUND,
  KAOHE_BUILTIN_COUNT,
  KAOHE_BUILTIN_AWARD,
  KAOHE_BUILTIN_PENALTY,
  KAOHE_BUILTIN_DEDUCT,
  KAOHE_BUILTIN_ADD_CAPPED,
  KAOHE_BUILTIN_TIERS,
  KAOHE_BUILTIN_TIERS_AT_MOST,
  KAOHE_BUILTIN_PROPORTIONAL,
  KAOHE_BUILTIN_CREDIT,
  KAOHE_BUILTIN_WEIGHTED_AVERAGE,
};

/// One step of `Kernel`, as the lane executor reads it: location `d` = code(operands), snapped to
/// the 1e-9 grid when `tidies` is not 0. Operands are frame locations `a`, `b`, `c`, or the `count`
/// locations listed from `a` in the operand array; `k` is a cap's points.
typedef struct {
  uint8_t code;
  uint8_t builtin;
  uint8_t tidies;
  int32_t count;
  int32_t d;
  int32_t a;
  int32_t b;
  int32_t c;
  double k;
} KaoheLaneStep;

/// The widest vector, in doubles, that this processor and its operating system run: 8 (AVX-512 and
/// FMA), 4 (AVX2 and FMA) or 2 (SSE2).
int kaohe_lanes_widest(void);

/// Runs `stepCount` steps over `frame` (KAOHE_LANES values per location) in vectors of `width`
/// doubles (8, 4 or 2; a width the processor cannot run is narrowed to one it can). Every lane
/// computes bit for bit what the scalar machine computes for its sample.
void kaohe_lanes_execute(
  const KaoheLaneStep *steps, size_t stepCount, const int32_t *operands, double *frame, int width);

/// Sets the free slots of the first `count` lanes (at most KAOHE_LANES) from `columns`: column k
/// holds value k of every lane, the lanes side by side, and starts `k * stride` values in; it goes
/// to frame slot `slots[k]` (nowhere when -1), for k below `width`.
void kaohe_lanes_set_columns(
  double *frame, const double *columns, size_t stride, size_t width, size_t count, const int32_t *slots);

/// Where a compiled lane kernel's locations of slots that no step writes start: such a slot, j, is
/// location KAOHE_LANE_INPUT + j, read through the run's input table (see `LanesBody.h`).
enum { KAOHE_LANE_INPUT = 1 << 24 };

/// The index of the embedded lane kernels generated (by `LaneSource`) from the kernel with this
/// fingerprint, step count and frame size (in locations), or -1 when there are none.
int kaohe_lanes_native_find(uint64_t fingerprint, size_t steps, size_t frameSize);

/// The frame size (in locations) that embedded kernel `index`'s whole kernel needs: the kernel's
/// frame, then the places of its temporaries.
size_t kaohe_lanes_native_whole_frame(int index);

/// Runs embedded lane kernel `index` over `frame` (laid out as for `kaohe_lanes_execute`), in
/// vectors of `width` doubles, narrowed as there: with `active`, its slice kernel (step i when
/// `active[i]` is not 0, the other steps' values staying in the frame); with `active` null, its
/// whole kernel (every step; `frame` must then have `kaohe_lanes_native_whole_frame(index)`
/// locations). The slots no step writes are read from the frame, except, when `columns` is not
/// null, slot `slots[k]` (none when -1) for each k below `count`, read from `columns + k * stride`:
/// KAOHE_LANES values side by side, each lane's own, so that the free inputs of a full run need not
/// be copied into the frame first.
void kaohe_lanes_native_run(
  int index, double *frame, const uint8_t *active, const double *columns, size_t stride, size_t count,
  const int32_t *slots, int width);

#endif
