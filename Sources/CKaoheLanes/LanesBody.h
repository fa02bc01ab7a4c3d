// The lane executor for one vector width. Lanes.c includes this file once per width, with W (the
// doubles in one vector), NAME(x) (x with the width appended) and LANES_FMA (1 where the
// instruction set has fused multiply-add) defined, inside a region that compiles it for the
// matching instruction set.
//
// Every operation is the one the scalar machine (`Machine.execute`, the helpers in
// KaoheFormula/Builtins) performs, in the same order: a branch there is a select here, both sides
// computed for every lane; a comparison is the same IEEE comparison (false for NaN, except `!=`),
// and `Swift.min(x, y)` is `y < x ? y : x`, `Swift.max(x, y)` is `y >= x ? y : x`, as the standard
// library defines them. Lanes whose values would take the other branch compute garbage (a
// division by zero, say) that the select then drops; no floating-point exception is trapped.

typedef double NAME(vd) __attribute__((ext_vector_type(W)));
typedef int64_t NAME(vl) __attribute__((ext_vector_type(W)));
#define VD NAME(vd)
#define VL NAME(vl)
#define CHUNKS (KAOHE_LANES / W)

/// Location `location`'s lanes, for one chunk. A negative location -(i + 1) is constant i of a
/// compiled lane kernel (`K[i]` in every lane), and a location from KAOHE_LANE_INPUT on is slot
/// `location - KAOHE_LANE_INPUT`, which no step writes, read through the kernel's input table `I`
/// (its lanes side by side, wherever they are); the compiler folds both tests away, as a compiled
/// kernel's locations are constants. The executor has neither.
static inline VD NAME(load)(const double *f, const double *const *I, const double *K, int32_t location, int chunk) {
  if (location < 0) return (VD)K[-(location + 1)];
  const double *lanes = location >= KAOHE_LANE_INPUT ? I[location - KAOHE_LANE_INPUT] : f + (size_t)location * KAOHE_LANES;
  VD v;
  memcpy(&v, lanes + (size_t)chunk * W, sizeof v);
  return v;
}

static inline void NAME(store)(double *f, int32_t location, int chunk, VD v) {
  memcpy(f + (size_t)location * KAOHE_LANES + (size_t)chunk * W, &v, sizeof v);
}

/// `m ? a : b` lane by lane (`m` is all ones or all zeros in each lane, as a comparison gives).
static inline VD NAME(select)(VL m, VD a, VD b) { return (VD)((m & (VL)a) | (~m & (VL)b)); }

/// 1 where `m` holds, else 0.
static inline VD NAME(bit)(VL m) { return (VD)(m & (VL)(VD)1.0); }

/// `Swift.abs`: the sign bit cleared.
static inline VD NAME(magnitude)(VD x) { return (VD)((VL)x & (VL)INT64_MAX); }

/// `Swift.min(x, y)` and `Swift.max(x, y)`.
static inline VD NAME(min2)(VD x, VD y) { return NAME(select)(y < x, y, x); }
static inline VD NAME(max2)(VD x, VD y) { return NAME(select)(y >= x, y, x); }

/// `(x + ε).rounded(.down)`, for whole units and `floor`.
static inline VD NAME(wholeDown)(VD x) { return __builtin_elementwise_floor(x + KAOHE_EPSILON); }

/// `w / 1e9` for a whole number `w` below 2⁵³ in magnitude (other lanes are dropped by the caller),
/// rounded as the division rounds. With fused multiply-add, a product by the reciprocal and one
/// correction (Markstein's theorem: q within an ulp of w / b, r = w − bq exact, q + r/b rounded is
/// the rounded quotient; no quotient of such w by 1e9 lies halfway between two doubles), which is
/// several times faster than a vector division; without it, the division. Only the sign of a zero
/// can differ, and `tidy` adds 0 to it.
static inline VD NAME(billionth)(VD w) {
#if LANES_FMA
  const double reciprocal = 1.0 / 1e9;
  VD q = w * reciprocal;
  VD r = __builtin_elementwise_fma(-q, (VD)1e9, w);
  return __builtin_elementwise_fma(r, (VD)reciprocal, q);
#else
  return w / 1e9;
#endif
}

/// `Numeric.snapped`, the branch-free `Numeric.tidy`: the value on the 1e-9 grid (half away from
/// zero), unchanged from 1e6 in magnitude on (and for NaN); -0 becomes 0.
static inline VD NAME(tidy)(VD x) {
  VD y = x * 1e9;
  VD a = NAME(magnitude)(y);
#if LANES_FMA
  VD down = __builtin_elementwise_floor(a);
#else
  VD nearest = (a + 0x1p52) - 0x1p52;
  VD down = nearest - NAME(bit)(nearest > a);
#endif
  VD whole = NAME(select)(a - down >= 0.5, down + 1.0, down);
  VD signed_whole = (VD)((VL)whole | ((VL)y & (VL)INT64_MIN));
  VD t = NAME(billionth)(signed_whole) + 0.0;
  // |x| < 1e6 exactly when |x * 1e9| < 1e15: the product rounds monotonically, 1e15 is a double,
  // and the largest double below 1e6 times 1e9 rounds to 1e15 - 0.125 (NaN and ±∞ fail both).
  return NAME(select)(a < 1e15, t, x);
}

/// Argument j of a call.
#define ARG(j) NAME(load)(f, I, K, list[(j)], chunk)

/// `Deduct.evaluate`.
static inline VD NAME(deduct)(const double *f, const double *const *I, const double *K, const int32_t *list, int chunk) {
  VD base = ARG(0), per = ARG(1), unit = ARG(2), shortfall = ARG(3), floor = ARG(4), whole = ARG(5);
  VD units = NAME(tidy)(shortfall / unit);
  units = NAME(select)(whole != 0, NAME(wholeDown)(units), units);
  VD raw = NAME(tidy)(base - per * units);
  VD result = NAME(select)(raw < floor, floor, raw);
  return NAME(select)((shortfall > 0) & (unit != 0), result, base);
}

/// `AddCapped.evaluate`.
static inline VD NAME(addCapped)(const double *f, const double *const *I, const double *K, const int32_t *list, int chunk) {
  VD base = ARG(0), per = ARG(1), unit = ARG(2), gain = ARG(3), cap = ARG(4), whole = ARG(5);
  VD units = NAME(tidy)(gain / unit);
  units = NAME(select)(whole != 0, NAME(wholeDown)(units), units);
  VD raw = NAME(tidy)(base + per * units);
  VD result = NAME(select)(raw > cap, cap, raw);
  return NAME(select)((gain > 0) & (unit != 0), result, NAME(min2)(base, cap));
}

/// `Tiers.atLeast` (`atMost` false) and `Tiers.atMost`: the first pair whose threshold holds, so
/// the pairs are applied last to first, each overriding what follows it.
static inline VD NAME(tiers)(const double *f, const double *const *I, const double *K, const int32_t *list, int32_t n, int atMost, int chunk) {
  VD x = ARG(0);
  VD r = ARG(n - 1);
  int32_t last = 1;
  while (last + 2 + 1 < n - 1) last += 2;
  for (int32_t i = last; i >= 1 && i + 1 < n - 1; i -= 2) {
    VD t = ARG(i);
    VL holds = atMost ? (x <= t + KAOHE_EPSILON) : (x >= t - KAOHE_EPSILON);
    r = NAME(select)(holds, ARG(i + 1), r);
  }
  return r;
}

/// `Proportional.evaluate`.
static inline VD NAME(proportional)(const double *f, const double *const *I, const double *K, const int32_t *list, int chunk) {
  VD done = ARG(0), target = ARG(1), points = ARG(2), from = ARG(3);
  VD zero = (VD)0.0;
  VD ratio = NAME(tidy)(done / target);
  VD part = NAME(tidy)(points * NAME(max2)(zero, done) / target);
  VD r = NAME(select)(ratio >= 1, points, part);
  r = NAME(select)(ratio < from - KAOHE_EPSILON, zero, r);
  return NAME(select)(target > 0, r, NAME(select)(done >= 0, points, zero));
}

/// `Credit.evaluate`.
static inline VD NAME(credit)(const double *f, const double *const *I, const double *K, const int32_t *list, int chunk) {
  VD actual = ARG(0), target = ARG(1), points = ARG(2), proportional = ARG(3);
  VD zero = (VD)0.0;
  VD part = NAME(tidy)(points * NAME(max2)(zero, actual) / target);
  VD r = NAME(select)((proportional != 0) & (target > 0), part, zero);
  return NAME(select)(actual >= target - KAOHE_EPSILON, points, r);
}

/// `WeightedAverage.evaluate`.
static inline VD NAME(weightedAverage)(const double *f, const double *const *I, const double *K, const int32_t *list, int32_t n, int chunk) {
  VD sum = (VD)0.0, weights = (VD)0.0;
  for (int32_t i = 0; i + 1 < n; i += 2) {
    VD v = ARG(i), w = ARG(i + 1);
    sum += v * w;
    weights += w;
  }
  return NAME(select)(weights > 0, NAME(tidy)(sum / weights), (VD)0.0);
}

/// `Round.evaluate`, one lane at a time: it calls the C library's `pow` and `round` as Swift does.
static inline VD NAME(round)(const double *f, const double *const *I, const double *K, const int32_t *list, int chunk) {
  VD x = ARG(0), digits = ARG(1), r;
  for (int l = 0; l < W; l++) r[l] = kaohe_round(x[l], digits[l]);
  return r;
}

/// The minimum (`less` 1) or maximum of the `n` values listed, folded from the first as
/// `v < m ? v : m` (or `v > m ? v : m`).
static inline VD NAME(extreme)(const double *f, const double *const *I, const double *K, const int32_t *list, int32_t n, int less, int chunk) {
  VD m = ARG(0);
  for (int32_t i = 1; i < n; i++) {
    VD v = ARG(i);
    m = NAME(select)(less ? (v < m) : (v > m), v, m);
  }
  return m;
}

/// How many of the `n` values listed are not 0.
static inline VD NAME(count)(const double *f, const double *const *I, const double *K, const int32_t *list, int32_t n, int chunk) {
  VD c = (VD)0.0;
  for (int32_t i = 0; i < n; i++) c += NAME(bit)(ARG(i) != 0);
  return c;
}

/// The `n` values listed added left to right, from 0 (`sum`) or from the first (`addition`).
static inline VD NAME(total)(const double *f, const double *const *I, const double *K, const int32_t *list, int32_t n, int fromFirst, int chunk) {
  VD t = fromFirst ? ARG(0) : (VD)0.0;
  for (int32_t i = fromFirst ? 1 : 0; i < n; i++) t += ARG(i);
  return t;
}

/// `Machine.capped`: `points` where the policy is on and `v` is over them by more than ε.
static inline VD NAME(capped)(VD v, double points, VD on) {
  VL over = v > points + KAOHE_EPSILON;
  return NAME(select)((on != 0) & over, (VD)points, v);
}

/// Helper `builtin` on the `n` arguments listed, over one chunk of lanes; always inlined, so that a
/// compiled lane kernel's constant `builtin` selects the helper at compile time.
static inline __attribute__((always_inline)) VD NAME(call)(int builtin, int32_t n, const double *f, const double *const *I, const double *K, const int32_t *list, int chunk) {
  VD zero = (VD)0.0;
  switch (builtin) {
  case KAOHE_BUILTIN_MIN: return NAME(extreme)(f, I, K, list, n, 1, chunk);
  case KAOHE_BUILTIN_MAX: return NAME(extreme)(f, I, K, list, n, 0, chunk);
  case KAOHE_BUILTIN_CLAMP: return NAME(min2)(NAME(max2)(ARG(0), ARG(1)), ARG(2));
  case KAOHE_BUILTIN_ABS: return NAME(magnitude)(ARG(0));
  case KAOHE_BUILTIN_FLOOR: return NAME(wholeDown)(ARG(0));
  case KAOHE_BUILTIN_CEIL: return __builtin_elementwise_ceil(ARG(0) - KAOHE_EPSILON);
  case KAOHE_BUILTIN_ROUND: return NAME(round)(f, I, K, list, chunk);
  case KAOHE_BUILTIN_COUNT: return NAME(count)(f, I, K, list, n, chunk);
  case KAOHE_BUILTIN_AWARD: return NAME(select)(ARG(0) != 0, ARG(1), zero);
  case KAOHE_BUILTIN_PENALTY: return NAME(select)(ARG(0) != 0, -ARG(1), zero);
  case KAOHE_BUILTIN_DEDUCT: return NAME(deduct)(f, I, K, list, chunk);
  case KAOHE_BUILTIN_ADD_CAPPED: return NAME(addCapped)(f, I, K, list, chunk);
  case KAOHE_BUILTIN_TIERS: return NAME(tiers)(f, I, K, list, n, 0, chunk);
  case KAOHE_BUILTIN_TIERS_AT_MOST: return NAME(tiers)(f, I, K, list, n, 1, chunk);
  case KAOHE_BUILTIN_PROPORTIONAL: return NAME(proportional)(f, I, K, list, chunk);
  case KAOHE_BUILTIN_CREDIT: return NAME(credit)(f, I, K, list, chunk);
  case KAOHE_BUILTIN_WEIGHTED_AVERAGE: return NAME(weightedAverage)(f, I, K, list, n, chunk);
  default: return zero;
  }
}

#undef ARG

/// Stores a step's result for one chunk, snapped when the step tidies.
static inline void NAME(put)(int32_t d, int tidies, double *f, int chunk, VD r) {
  NAME(store)(f, d, chunk, tidies ? NAME(tidy)(r) : r);
}

/// Runs one step over every chunk of lanes: the one definition of every step's operation. The
/// fields are those of `KaoheLaneStep` (`n` its count), `list` the operand list, `I` and `K` the
/// input table and constants of a compiled lane kernel (the executor has neither). The executor
/// calls it for each step it dispatches; the compiled lane kernels (`Native/`) call it with
/// constant fields, and the compiler folds the dispatch away. The fields come as arguments, not as a struct: a kernel of hundreds of
/// steps, each with a struct of its own in memory, takes the optimizer minutes where it takes
/// seconds with constants.
static inline __attribute__((always_inline)) void NAME(step)(
  double *f, const double *const *I, const double *K, int code, int builtin, int tidies, int32_t n, int32_t d, int32_t a,
  int32_t b, int32_t c, double k, const int32_t *list) {
#define X NAME(load)(f, I, K, a, chunk)
#define Y NAME(load)(f, I, K, b, chunk)
#define Z NAME(load)(f, I, K, c, chunk)
// A loop the compiler must not unroll: a compiled kernel's code would grow with the lanes, and
// fetching it, not computing, would bound a batch (one pass over 64 lanes takes no more code than
// over 8).
#define EACH(expression)                                                                                               \
  _Pragma("clang loop unroll(disable)") for (int chunk = 0; chunk < CHUNKS; chunk++)                                   \
    NAME(put)(d, tidies, f, chunk, (expression));                                                                      \
  break
  VD zero = (VD)0.0;
  switch (code) {
  case KAOHE_LANE_MOVE: EACH(X);
  case KAOHE_LANE_NEGATE: EACH(-X);
  case KAOHE_LANE_NOT: EACH(NAME(bit)(X == 0));
  case KAOHE_LANE_ADD: EACH(X + Y);
  case KAOHE_LANE_SUBTRACT: EACH(X - Y);
  case KAOHE_LANE_MULTIPLY: EACH(X * Y);
  case KAOHE_LANE_DIVIDE: EACH(NAME(select)(Y == 0, zero, X / Y));
  case KAOHE_LANE_LESS: EACH(NAME(bit)(X < Y - KAOHE_EPSILON));
  case KAOHE_LANE_LESS_EQUAL: EACH(NAME(bit)(X <= Y + KAOHE_EPSILON));
  case KAOHE_LANE_GREATER: EACH(NAME(bit)(X > Y + KAOHE_EPSILON));
  case KAOHE_LANE_GREATER_EQUAL: EACH(NAME(bit)(X >= Y - KAOHE_EPSILON));
  case KAOHE_LANE_EQUAL: EACH(NAME(bit)(NAME(magnitude)(X - Y) <= KAOHE_EPSILON));
  case KAOHE_LANE_NOT_EQUAL: EACH(NAME(bit)(NAME(magnitude)(X - Y) > KAOHE_EPSILON));
  case KAOHE_LANE_AND: EACH(NAME(bit)((X != 0) & (Y != 0)));
  case KAOHE_LANE_OR: EACH(NAME(bit)((X != 0) | (Y != 0)));
  case KAOHE_LANE_SELECT: EACH(NAME(select)(X != 0, Y, Z));
  case KAOHE_LANE_AWARD: EACH(NAME(select)(X != 0, Y, zero));
  case KAOHE_LANE_PENALTY: EACH(NAME(select)(X != 0, -Y, zero));
  case KAOHE_LANE_MINIMUM: EACH(NAME(extreme)(f, I, K, list, n, 1, chunk));
  case KAOHE_LANE_MAXIMUM: EACH(NAME(extreme)(f, I, K, list, n, 0, chunk));
  case KAOHE_LANE_COUNT: EACH(NAME(count)(f, I, K, list, n, chunk));
  case KAOHE_LANE_SUM: EACH(NAME(total)(f, I, K, list, n, 0, chunk));
  case KAOHE_LANE_ADDITION: EACH(NAME(total)(f, I, K, list, n, 1, chunk));
  case KAOHE_LANE_CALL: EACH(NAME(call)(builtin, n, f, I, K, list, chunk));
  case KAOHE_LANE_CAP: EACH(NAME(capped)(X, k, Y));
  case KAOHE_LANE_SUM_CAPPED: EACH(NAME(capped)(NAME(total)(f, I, K, list, n, 0, chunk), k, Y));
  default: break;
  }
#undef X
#undef Y
#undef Z
#undef EACH
}

/// Runs the steps: one dispatch per step, then its operation over every chunk of lanes.
static void NAME(execute)(const KaoheLaneStep *steps, size_t stepCount, const int32_t *operands, double *f) {
  for (size_t i = 0; i < stepCount; i++) {
    const KaoheLaneStep *s = &steps[i];
    NAME(step)(f, 0, 0, s->code, s->builtin, s->tidies, s->count, s->d, s->a, s->b, s->c, s->k, operands + s->a);
  }
}

// The embedded rubrics' lane kernels, generated by `LaneSource` (KaoheFormula), in this width.
#include "Native/Kernels.h"

#undef VD
#undef VL
#undef CHUNKS
