// Generated from the lane kernel of the embedded rubric yulin-grain-2019 by `LaneSource`; do not edit.
// Regenerate with `KAOHE_RECORD=1 swift test --filter NativeKernelTests`.
// Included once per vector width by LanesBody.h (fingerprint 0xe913e7c1fecaccd3).
// Each line: NAME(step)(f, I, K, code, builtin, tidies, count, d, a, b, c, k, list), the list of
// operands (L) in a constant array when the step has one. A negative location -(i + 1) is
// constant K[i], which the compiler folds into the code; KAOHE_LANE_INPUT + j is slot j, which
// no step writes, read through the input table I.

static const double NAME(yulinGrain2019Constants)[] = {3.0, 100.0, 300.0, 2.0, 1.0, 0.0, 0x1.999999999999ap-4, 0x1.999999999999ap-1, 10.0, 0x1.8000000000000p0, 0x1.0000000000000p-1, 0x1.3333333333333p0, 0x1.3333333333333p-2, 0x1.3333333333333p1, 0x1.ccccccccccccdp-1, 0x1.e666666666666p-1, 0x1.4000000000000p1, 0x1.47ae147ae147bp-7, 0x1.b333333333333p-1, 0x1.999999999999ap-2, -0x1.0000000000000p1, 0x1.999999999999ap0, 0x1.6666666666666p-1, 0x1.47ae147ae147bp-6, 0x1.eb851eb851eb8p-6, 0x1.47ae147ae147bp-5, 0x1.0000000000000p-2, 0x1.5c28f5c28f5c3p-2, 0x1.c28f5c28f5c29p-3, 0x1.eb851eb851eb8p-3, 0x1.eb851eb851eb8p-4, -0x1.0000000000000p0, -0x1.0000000000000p-1, 4.0, 6.0, -0x1.8000000000000p1, -0x1.8000000000000p0, 0x1.3333333333333p-3, 0x1.6666666666666p-2, 0x1.999999999999ap-3, 0x1.3333333333333p-1, 0x1.999999999999ap-5, -0x1.0000000000000p-2, -0x1.0000000000000p2, -0x1.3333333333333p-1, 0x1.eb851eb851eb8p-5, 5.0};

// The slice kernel: step i when active[i] is not 0.
static void NAME(yulinGrain2019)(double *f, const double *const *I, const uint8_t *active) {
  const double *K = NAME(yulinGrain2019Constants);
  if (active[0]) NAME(step)(f, I, K, 16, 0, 0, 0, 215, KAOHE_LANE_INPUT + 2, -1, 0, 0.0, 0);
  if (active[1]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 5, -2, -1, -3, -4, -5}; NAME(step)(f, I, K, 23, 13, 0, 6, 498, 0, 0, 1, 0.0, L); }
  if (active[2]) NAME(step)(f, I, K, 15, 0, 0, 0, 499, KAOHE_LANE_INPUT + 4, 498, -6, 0.0, 0);
  if (active[3]) NAME(step)(f, I, K, 15, 0, 0, 0, 216, KAOHE_LANE_INPUT + 3, -1, 499, 0.0, 0);
  if (active[4]) NAME(step)(f, I, K, 16, 0, 0, 0, 217, KAOHE_LANE_INPUT + 6, -4, 0, 0.0, 0);
  if (active[5]) { static const int32_t L[] = {215, 216, 217}; NAME(step)(f, I, K, 25, 0, 1, 3, 218, 6, KAOHE_LANE_INPUT + 207, 3, 8.0, L); }
  if (active[6]) NAME(step)(f, I, K, 4, 0, 0, 0, 740, -5, KAOHE_LANE_INPUT + 7, 0, 0.0, 0);
  if (active[7]) NAME(step)(f, I, K, 11, 0, 0, 0, 741, KAOHE_LANE_INPUT + 208, -5, 0, 0.0, 0);
  if (active[8]) { static const int32_t L[] = {-5, -7, -7, 740, -6, 741}; NAME(step)(f, I, K, 23, 10, 0, 6, 219, 9, 0, 4, 0.0, L); }
  if (active[9]) NAME(step)(f, I, K, 10, 0, 0, 0, 742, KAOHE_LANE_INPUT + 9, -7, 0, 0.0, 0);
  if (active[10]) NAME(step)(f, I, K, 9, 0, 0, 0, 743, KAOHE_LANE_INPUT + 9, -6, 0, 0.0, 0);
  if (active[11]) NAME(step)(f, I, K, 15, 0, 0, 0, 744, 743, -8, -6, 0.0, 0);
  if (active[12]) NAME(step)(f, I, K, 15, 0, 0, 0, 745, 742, -5, 744, 0.0, 0);
  if (active[13]) NAME(step)(f, I, K, 15, 0, 0, 0, 220, KAOHE_LANE_INPUT + 8, -5, 745, 0.0, 0);
  if (active[14]) NAME(step)(f, I, K, 6, 0, 0, 0, 747, KAOHE_LANE_INPUT + 10, -9, 0, 0.0, 0);
  if (active[15]) NAME(step)(f, I, K, 6, 0, 0, 0, 748, KAOHE_LANE_INPUT + 11, 747, 0, 0.0, 0);
  if (active[16]) { static const int32_t L[] = {748, -5, -10, -11, -12, -6}; NAME(step)(f, I, K, 23, 12, 0, 6, 221, 15, 0, 5, 0.0, L); }
  if (active[17]) NAME(step)(f, I, K, 11, 0, 0, 0, 749, KAOHE_LANE_INPUT + 12, -6, 0, 0.0, 0);
  if (active[18]) NAME(step)(f, I, K, 11, 0, 0, 0, 750, KAOHE_LANE_INPUT + 12, -5, 0, 0.0, 0);
  if (active[19]) NAME(step)(f, I, K, 15, 0, 0, 0, 751, 750, -13, -6, 0.0, 0);
  if (active[20]) NAME(step)(f, I, K, 15, 0, 0, 0, 222, 749, -11, 751, 0.0, 0);
  if (active[21]) { static const int32_t L[] = {219, 220, 221, 222}; NAME(step)(f, I, K, 25, 0, 1, 4, 223, 21, KAOHE_LANE_INPUT + 207, 6, 4.0, L); }
  if (active[22]) NAME(step)(f, I, K, 10, 0, 0, 0, 753, KAOHE_LANE_INPUT + 13, -6, 0, 0.0, 0);
  if (active[23]) { static const int32_t L[] = {-14, -13, -7, KAOHE_LANE_INPUT + 13, -1, 741}; NAME(step)(f, I, K, 23, 11, 0, 6, 505, 25, 0, 7, 0.0, L); }
  if (active[24]) NAME(step)(f, I, K, 1, 0, 0, 0, 754, KAOHE_LANE_INPUT + 13, 0, 0, 0.0, 0);
  if (active[25]) { static const int32_t L[] = {-14, -11, -7, 754, -6, 741}; NAME(step)(f, I, K, 23, 10, 0, 6, 506, 31, 0, 8, 0.0, L); }
  if (active[26]) NAME(step)(f, I, K, 15, 0, 0, 0, 224, 753, 505, 506, 0.0, 0);
  if (active[27]) { static const int32_t L[] = {224}; NAME(step)(f, I, K, 25, 0, 1, 1, 225, 37, KAOHE_LANE_INPUT + 207, 9, 3.0, L); }
  if (active[28]) NAME(step)(f, I, K, 7, 0, 0, 0, 755, KAOHE_LANE_INPUT + 14, -15, 0, 0.0, 0);
  if (active[29]) NAME(step)(f, I, K, 4, 0, 0, 0, 756, -16, KAOHE_LANE_INPUT + 14, 0, 0.0, 0);
  if (active[30]) { static const int32_t L[] = {-17, -11, -18, 756, -6, 741}; NAME(step)(f, I, K, 23, 10, 0, 6, 509, 38, 0, 10, 0.0, L); }
  if (active[31]) NAME(step)(f, I, K, 15, 0, 0, 0, 227, 755, -6, 509, 0.0, 0);
  if (active[32]) NAME(step)(f, I, K, 16, 0, 0, 0, 228, KAOHE_LANE_INPUT + 15, -11, 0, 0.0, 0);
  if (active[33]) NAME(step)(f, I, K, 10, 0, 0, 0, 758, KAOHE_LANE_INPUT + 16, -19, 0, 0.0, 0);
  if (active[34]) NAME(step)(f, I, K, 10, 0, 0, 0, 759, KAOHE_LANE_INPUT + 17, -6, 0, 0.0, 0);
  if (active[35]) NAME(step)(f, I, K, 13, 0, 0, 0, 760, 758, 759, 0, 0.0, 0);
  if (active[36]) NAME(step)(f, I, K, 7, 0, 0, 0, 761, KAOHE_LANE_INPUT + 16, -19, 0, 0.0, 0);
  if (active[37]) NAME(step)(f, I, K, 10, 0, 0, 0, 762, KAOHE_LANE_INPUT + 17, -18, 0, 0.0, 0);
  if (active[38]) NAME(step)(f, I, K, 13, 0, 0, 0, 763, 761, 762, 0, 0.0, 0);
  if (active[39]) NAME(step)(f, I, K, 14, 0, 0, 0, 764, 760, 763, 0, 0.0, 0);
  if (active[40]) NAME(step)(f, I, K, 5, 0, 0, 0, 765, -4, KAOHE_LANE_INPUT + 18, 0, 0.0, 0);
  if (active[41]) NAME(step)(f, I, K, 15, 0, 1, 0, 229, 764, -4, 765, 0.0, 0);
  if (active[42]) { static const int32_t L[] = {227, 228, 229}; NAME(step)(f, I, K, 25, 0, 1, 3, 230, 44, KAOHE_LANE_INPUT + 207, 12, 5.0, L); }
  if (active[43]) NAME(step)(f, I, K, 1, 0, 0, 0, 767, KAOHE_LANE_INPUT + 19, 0, 0, 0.0, 0);
  if (active[44]) NAME(step)(f, I, K, 4, 0, 0, 0, 768, 767, KAOHE_LANE_INPUT + 20, 0, 0.0, 0);
  if (active[45]) { static const int32_t L[] = {-4, -20, -18, 768, -21, 741}; NAME(step)(f, I, K, 23, 10, 0, 6, 231, 47, 0, 13, 0.0, L); }
  if (active[46]) NAME(step)(f, I, K, 1, 0, 0, 0, 769, KAOHE_LANE_INPUT + 21, 0, 0, 0.0, 0);
  if (active[47]) NAME(step)(f, I, K, 4, 0, 0, 0, 770, 769, KAOHE_LANE_INPUT + 22, 0, 0.0, 0);
  if (active[48]) { static const int32_t L[] = {-4, -20, -18, 770, -21, 741}; NAME(step)(f, I, K, 23, 10, 0, 6, 232, 53, 0, 14, 0.0, L); }
  if (active[49]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 24, -5, -4, -15, -22, -8}; NAME(step)(f, I, K, 23, 12, 0, 6, 514, 59, 0, 15, 0.0, L); }
  if (active[50]) NAME(step)(f, I, K, 15, 0, 0, 0, 233, KAOHE_LANE_INPUT + 23, 514, -6, 0.0, 0);
  if (active[51]) { static const int32_t L[] = {231, 232, 233}; NAME(step)(f, I, K, 25, 0, 1, 3, 234, 65, KAOHE_LANE_INPUT + 207, 16, 6.0, L); }
  if (active[52]) NAME(step)(f, I, K, 11, 0, 0, 0, 771, KAOHE_LANE_INPUT + 0, -6, 0, 0.0, 0);
  if (active[53]) NAME(step)(f, I, K, 15, 0, 0, 0, 772, 771, KAOHE_LANE_INPUT + 25, KAOHE_LANE_INPUT + 26, 0.0, 0);
  if (active[54]) NAME(step)(f, I, K, 16, 0, 0, 0, 235, 772, -5, 0, 0.0, 0);
  if (active[55]) NAME(step)(f, I, K, 16, 0, 0, 0, 236, KAOHE_LANE_INPUT + 27, -5, 0, 0.0, 0);
  if (active[56]) NAME(step)(f, I, K, 15, 0, 0, 0, 775, KAOHE_LANE_INPUT + 28, KAOHE_LANE_INPUT + 29, KAOHE_LANE_INPUT + 30, 0.0, 0);
  if (active[57]) NAME(step)(f, I, K, 16, 0, 0, 0, 237, 775, -10, 0, 0.0, 0);
  if (active[58]) NAME(step)(f, I, K, 4, 0, 0, 0, 777, -5, KAOHE_LANE_INPUT + 31, 0, 0.0, 0);
  if (active[59]) { static const int32_t L[] = {-11, -7, -7, 777, -6, 741}; NAME(step)(f, I, K, 23, 10, 0, 6, 238, 68, 0, 20, 0.0, L); }
  if (active[60]) { static const int32_t L[] = {235, 236, 237, 238}; NAME(step)(f, I, K, 25, 0, 1, 4, 239, 74, KAOHE_LANE_INPUT + 207, 21, 4.0, L); }
  if (active[61]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 32, -5, -1, -6}; NAME(step)(f, I, K, 23, 14, 0, 4, 240, 78, 0, 22, 0.0, L); }
  if (active[62]) { static const int32_t L[] = {240}; NAME(step)(f, I, K, 25, 0, 1, 1, 241, 82, KAOHE_LANE_INPUT + 207, 23, 3.0, L); }
  if (active[63]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 34, -15, -11, -6}; NAME(step)(f, I, K, 23, 14, 0, 4, 521, 83, 0, 24, 0.0, L); }
  if (active[64]) NAME(step)(f, I, K, 15, 0, 0, 0, 242, KAOHE_LANE_INPUT + 33, 521, -6, 0.0, 0);
  if (active[65]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 35, -5, -6, -19, -18, -23, -24, -11, -25, -26}; NAME(step)(f, I, K, 23, 12, 0, 10, 523, 87, 0, 25, 0.0, L); }
  if (active[66]) { static const int32_t L[] = {242, 523}; NAME(step)(f, I, K, 18, 0, 0, 2, 524, 97, 0, 0, 0.0, L); }
  if (active[67]) NAME(step)(f, I, K, 1, 0, 0, 0, 525, 524, 0, 0, 0.0, 0);
  if (active[68]) NAME(step)(f, I, K, 15, 0, 1, 0, 243, KAOHE_LANE_INPUT + 33, 525, -6, 0.0, 0);
  if (active[69]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 37, -8, -11, -6}; NAME(step)(f, I, K, 23, 14, 0, 4, 527, 99, 0, 27, 0.0, L); }
  if (active[70]) NAME(step)(f, I, K, 15, 0, 0, 0, 244, KAOHE_LANE_INPUT + 36, 527, -6, 0.0, 0);
  if (active[71]) NAME(step)(f, I, K, 10, 0, 0, 0, 778, KAOHE_LANE_INPUT + 38, -6, 0, 0.0, 0);
  if (active[72]) NAME(step)(f, I, K, 15, 0, 0, 0, 779, KAOHE_LANE_INPUT + 33, -6, -27, 0.0, 0);
  if (active[73]) NAME(step)(f, I, K, 3, 0, 0, 0, 780, -11, 779, 0, 0.0, 0);
  if (active[74]) NAME(step)(f, I, K, 15, 0, 0, 0, 781, KAOHE_LANE_INPUT + 36, -6, -27, 0.0, 0);
  if (active[75]) NAME(step)(f, I, K, 3, 0, 0, 0, 782, 780, 781, 0, 0.0, 0);
  if (active[76]) NAME(step)(f, I, K, 16, 0, 1, 0, 245, 778, 782, 0, 0.0, 0);
  if (active[77]) NAME(step)(f, I, K, 3, 0, 0, 0, 784, -20, 779, 0, 0.0, 0);
  if (active[78]) NAME(step)(f, I, K, 3, 0, 0, 0, 785, 784, 781, 0, 0.0, 0);
  if (active[79]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 39, -5, 785, -6}; NAME(step)(f, I, K, 23, 14, 1, 4, 246, 103, 0, 29, 0.0, L); }
  if (active[80]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 40, -5, -22, -6}; NAME(step)(f, I, K, 23, 14, 0, 4, 247, 107, 0, 30, 0.0, L); }
  if (active[81]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 42, -5, -28, -11}; NAME(step)(f, I, K, 23, 14, 0, 4, 531, 111, 0, 31, 0.0, L); }
  if (active[82]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 48, -5, -28, -11}; NAME(step)(f, I, K, 23, 14, 0, 4, 532, 115, 0, 32, 0.0, L); }
  if (active[83]) { static const int32_t L[] = {531, KAOHE_LANE_INPUT + 41, 532, KAOHE_LANE_INPUT + 47}; NAME(step)(f, I, K, 23, 16, 0, 4, 248, 119, 0, 33, 0.0, L); }
  if (active[84]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 43, -5, -29, -6}; NAME(step)(f, I, K, 23, 14, 0, 4, 534, 123, 0, 34, 0.0, L); }
  if (active[85]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 49, -5, -29, -6}; NAME(step)(f, I, K, 23, 14, 0, 4, 535, 127, 0, 35, 0.0, L); }
  if (active[86]) { static const int32_t L[] = {534, KAOHE_LANE_INPUT + 41, 535, KAOHE_LANE_INPUT + 47}; NAME(step)(f, I, K, 23, 16, 0, 4, 249, 131, 0, 36, 0.0, L); }
  if (active[87]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 44, -5, -29, -6}; NAME(step)(f, I, K, 23, 14, 0, 4, 537, 135, 0, 37, 0.0, L); }
  if (active[88]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 50, -5, -29, -6}; NAME(step)(f, I, K, 23, 14, 0, 4, 538, 139, 0, 38, 0.0, L); }
  if (active[89]) { static const int32_t L[] = {537, KAOHE_LANE_INPUT + 41, 538, KAOHE_LANE_INPUT + 47}; NAME(step)(f, I, K, 23, 16, 0, 4, 250, 143, 0, 39, 0.0, L); }
  if (active[90]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 45, -5, -30, -6}; NAME(step)(f, I, K, 23, 14, 0, 4, 540, 147, 0, 40, 0.0, L); }
  if (active[91]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 51, -5, -30, -6}; NAME(step)(f, I, K, 23, 14, 0, 4, 541, 151, 0, 41, 0.0, L); }
  if (active[92]) { static const int32_t L[] = {540, KAOHE_LANE_INPUT + 41, 541, KAOHE_LANE_INPUT + 47}; NAME(step)(f, I, K, 23, 16, 0, 4, 251, 155, 0, 42, 0.0, L); }
  if (active[93]) NAME(step)(f, I, K, 11, 0, 0, 0, 786, KAOHE_LANE_INPUT + 46, -6, 0, 0.0, 0);
  if (active[94]) NAME(step)(f, I, K, 11, 0, 0, 0, 787, KAOHE_LANE_INPUT + 46, -5, 0, 0.0, 0);
  if (active[95]) NAME(step)(f, I, K, 15, 0, 0, 0, 788, 787, -31, -6, 0.0, 0);
  if (active[96]) NAME(step)(f, I, K, 15, 0, 0, 0, 789, 786, -30, 788, 0.0, 0);
  if (active[97]) NAME(step)(f, I, K, 11, 0, 0, 0, 790, KAOHE_LANE_INPUT + 52, -6, 0, 0.0, 0);
  if (active[98]) NAME(step)(f, I, K, 11, 0, 0, 0, 791, KAOHE_LANE_INPUT + 52, -5, 0, 0.0, 0);
  if (active[99]) NAME(step)(f, I, K, 15, 0, 0, 0, 792, 791, -31, -6, 0.0, 0);
  if (active[100]) NAME(step)(f, I, K, 15, 0, 0, 0, 793, 790, -30, 792, 0.0, 0);
  if (active[101]) { static const int32_t L[] = {789, KAOHE_LANE_INPUT + 41, 793, KAOHE_LANE_INPUT + 47}; NAME(step)(f, I, K, 23, 16, 0, 4, 252, 159, 0, 43, 0.0, L); }
  if (active[102]) NAME(step)(f, I, K, 16, 0, 0, 0, 253, KAOHE_LANE_INPUT + 53, -31, 0, 0.0, 0);
  if (active[103]) NAME(step)(f, I, K, 16, 0, 0, 0, 254, KAOHE_LANE_INPUT + 54, -31, 0, 0.0, 0);
  if (active[104]) { static const int32_t L[] = {242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254}; NAME(step)(f, I, K, 25, 0, 1, 13, 255, 163, KAOHE_LANE_INPUT + 207, 46, 5.0, L); }
  if (active[105]) NAME(step)(f, I, K, 10, 0, 0, 0, 796, KAOHE_LANE_INPUT + 56, -16, 0, 0.0, 0);
  if (active[106]) NAME(step)(f, I, K, 13, 0, 0, 0, 797, KAOHE_LANE_INPUT + 55, 796, 0, 0.0, 0);
  if (active[107]) NAME(step)(f, I, K, 16, 0, 0, 0, 798, 797, -11, 0, 0.0, 0);
  if (active[108]) NAME(step)(f, I, K, 15, 0, 0, 0, 258, KAOHE_LANE_INPUT + 58, -6, 798, 0.0, 0);
  if (active[109]) NAME(step)(f, I, K, 16, 0, 0, 0, 800, KAOHE_LANE_INPUT + 57, -11, 0, 0.0, 0);
  if (active[110]) NAME(step)(f, I, K, 15, 0, 0, 0, 259, KAOHE_LANE_INPUT + 58, -6, 800, 0.0, 0);
  if (active[111]) NAME(step)(f, I, K, 16, 0, 0, 0, 260, KAOHE_LANE_INPUT + 58, -32, 0, 0.0, 0);
  if (active[112]) { static const int32_t L[] = {258, 259}; NAME(step)(f, I, K, 25, 0, 0, 2, 545, 176, KAOHE_LANE_INPUT + 207, 50, 1.0, L); }
  if (active[113]) { static const int32_t L[] = {260}; NAME(step)(f, I, K, 21, 0, 0, 1, 546, 178, 0, 0, 0.0, L); }
  if (active[114]) NAME(step)(f, I, K, 3, 0, 1, 0, 261, 545, 546, 0, 0.0, 0);
  if (active[115]) NAME(step)(f, I, K, 13, 0, 0, 0, 803, KAOHE_LANE_INPUT + 59, KAOHE_LANE_INPUT + 60, 0, 0.0, 0);
  if (active[116]) NAME(step)(f, I, K, 9, 0, 0, 0, 804, KAOHE_LANE_INPUT + 61, -19, 0, 0.0, 0);
  if (active[117]) NAME(step)(f, I, K, 13, 0, 0, 0, 805, 803, 804, 0, 0.0, 0);
  if (active[118]) NAME(step)(f, I, K, 16, 0, 0, 0, 262, 805, -5, 0, 0.0, 0);
  if (active[119]) { static const int32_t L[] = {262}; NAME(step)(f, I, K, 25, 0, 1, 1, 263, 179, KAOHE_LANE_INPUT + 207, 52, 1.0, L); }
  if (active[120]) NAME(step)(f, I, K, 2, 0, 0, 0, 807, KAOHE_LANE_INPUT + 63, 0, 0, 0.0, 0);
  if (active[121]) NAME(step)(f, I, K, 13, 0, 0, 0, 808, KAOHE_LANE_INPUT + 62, 807, 0, 0.0, 0);
  if (active[122]) NAME(step)(f, I, K, 16, 0, 0, 0, 265, 808, -17, 0, 0.0, 0);
  if (active[123]) NAME(step)(f, I, K, 16, 0, 0, 0, 266, KAOHE_LANE_INPUT + 64, -32, 0, 0.0, 0);
  if (active[124]) NAME(step)(f, I, K, 13, 0, 0, 0, 811, KAOHE_LANE_INPUT + 64, KAOHE_LANE_INPUT + 65, 0, 0.0, 0);
  if (active[125]) NAME(step)(f, I, K, 16, 0, 0, 0, 267, 811, -21, 0, 0.0, 0);
  if (active[126]) { static const int32_t L[] = {265}; NAME(step)(f, I, K, 25, 0, 0, 1, 549, 180, KAOHE_LANE_INPUT + 207, 56, 2.0, L); }
  if (active[127]) { static const int32_t L[] = {266, 267}; NAME(step)(f, I, K, 21, 0, 0, 2, 550, 181, 0, 0, 0.0, L); }
  if (active[128]) NAME(step)(f, I, K, 3, 0, 1, 0, 268, 549, 550, 0, 0.0, 0);
  if (active[129]) NAME(step)(f, I, K, 11, 0, 0, 0, 813, KAOHE_LANE_INPUT + 212, -6, 0, 0.0, 0);
  if (active[130]) NAME(step)(f, I, K, 2, 0, 0, 0, 814, KAOHE_LANE_INPUT + 66, 0, 0, 0.0, 0);
  if (active[131]) NAME(step)(f, I, K, 13, 0, 0, 0, 815, 813, 814, 0, 0.0, 0);
  if (active[132]) NAME(step)(f, I, K, 16, 0, 0, 0, 816, KAOHE_LANE_INPUT + 67, -11, 0, 0.0, 0);
  if (active[133]) NAME(step)(f, I, K, 15, 0, 0, 0, 269, 815, -6, 816, 0.0, 0);
  if (active[134]) NAME(step)(f, I, K, 16, 0, 0, 0, 270, 814, -11, 0, 0.0, 0);
  if (active[135]) { static const int32_t L[] = {269, 270}; NAME(step)(f, I, K, 25, 0, 1, 2, 271, 183, KAOHE_LANE_INPUT + 207, 59, 1.0, L); }
  if (active[136]) NAME(step)(f, I, K, 11, 0, 0, 0, 819, KAOHE_LANE_INPUT + 210, -6, 0, 0.0, 0);
  if (active[137]) NAME(step)(f, I, K, 13, 0, 0, 0, 820, 819, KAOHE_LANE_INPUT + 72, 0, 0.0, 0);
  if (active[138]) NAME(step)(f, I, K, 14, 0, 0, 0, 821, KAOHE_LANE_INPUT + 70, 820, 0, 0.0, 0);
  if (active[139]) NAME(step)(f, I, K, 16, 0, 0, 0, 822, KAOHE_LANE_INPUT + 68, -27, 0, 0.0, 0);
  if (active[140]) NAME(step)(f, I, K, 15, 0, 0, 0, 272, 821, -6, 822, 0.0, 0);
  if (active[141]) NAME(step)(f, I, K, 16, 0, 0, 0, 824, KAOHE_LANE_INPUT + 69, -27, 0, 0.0, 0);
  if (active[142]) NAME(step)(f, I, K, 15, 0, 0, 0, 273, 821, -6, 824, 0.0, 0);
  if (active[143]) NAME(step)(f, I, K, 16, 0, 0, 0, 274, KAOHE_LANE_INPUT + 70, -33, 0, 0.0, 0);
  if (active[144]) NAME(step)(f, I, K, 13, 0, 0, 0, 827, 819, KAOHE_LANE_INPUT + 70, 0, 0.0, 0);
  if (active[145]) NAME(step)(f, I, K, 14, 0, 0, 0, 828, KAOHE_LANE_INPUT + 72, 827, 0, 0.0, 0);
  if (active[146]) NAME(step)(f, I, K, 2, 0, 0, 0, 829, KAOHE_LANE_INPUT + 71, 0, 0, 0.0, 0);
  if (active[147]) NAME(step)(f, I, K, 16, 0, 0, 0, 830, 829, -11, 0, 0.0, 0);
  if (active[148]) NAME(step)(f, I, K, 15, 0, 0, 0, 275, 828, -6, 830, 0.0, 0);
  if (active[149]) NAME(step)(f, I, K, 16, 0, 0, 0, 276, KAOHE_LANE_INPUT + 72, -33, 0, 0.0, 0);
  if (active[150]) { static const int32_t L[] = {272, 273, 275}; NAME(step)(f, I, K, 25, 0, 0, 3, 553, 185, KAOHE_LANE_INPUT + 207, 65, 1.0, L); }
  if (active[151]) { static const int32_t L[] = {274, 276}; NAME(step)(f, I, K, 21, 0, 0, 2, 554, 188, 0, 0, 0.0, L); }
  if (active[152]) NAME(step)(f, I, K, 3, 0, 1, 0, 277, 553, 554, 0, 0.0, 0);
  if (active[153]) NAME(step)(f, I, K, 10, 0, 0, 0, 833, KAOHE_LANE_INPUT + 73, -5, 0, 0.0, 0);
  if (active[154]) NAME(step)(f, I, K, 16, 0, 0, 0, 280, 833, -1, 0, 0.0, 0);
  if (active[155]) NAME(step)(f, I, K, 10, 0, 0, 0, 835, KAOHE_LANE_INPUT + 74, -23, 0, 0.0, 0);
  if (active[156]) NAME(step)(f, I, K, 16, 0, 0, 0, 281, 835, -5, 0, 0.0, 0);
  if (active[157]) NAME(step)(f, I, K, 11, 0, 0, 0, 837, KAOHE_LANE_INPUT + 213, -6, 0, 0.0, 0);
  if (active[158]) NAME(step)(f, I, K, 15, 0, 0, 0, 838, 837, -34, -35, 0.0, 0);
  if (active[159]) NAME(step)(f, I, K, 8, 0, 0, 0, 839, KAOHE_LANE_INPUT + 75, 838, 0, 0.0, 0);
  if (active[160]) NAME(step)(f, I, K, 5, 0, 0, 0, 840, -5, KAOHE_LANE_INPUT + 76, 0, 0.0, 0);
  if (active[161]) NAME(step)(f, I, K, 15, 0, 1, 0, 282, 839, -5, 840, 0.0, 0);
  if (active[162]) NAME(step)(f, I, K, 16, 0, 0, 0, 283, KAOHE_LANE_INPUT + 77, -5, 0, 0.0, 0);
  if (active[163]) { static const int32_t L[] = {280, 281, 282, 283}; NAME(step)(f, I, K, 25, 0, 1, 4, 284, 190, KAOHE_LANE_INPUT + 207, 69, 4.0, L); }
  if (active[164]) NAME(step)(f, I, K, 15, 0, 0, 0, 843, KAOHE_LANE_INPUT + 78, -6, -4, 0.0, 0);
  if (active[165]) NAME(step)(f, I, K, 16, 0, 0, 0, 844, KAOHE_LANE_INPUT + 78, -21, 0, 0.0, 0);
  if (active[166]) NAME(step)(f, I, K, 15, 0, 0, 0, 285, KAOHE_LANE_INPUT + 214, 843, 844, 0.0, 0);
  if (active[167]) NAME(step)(f, I, K, 13, 0, 0, 0, 846, KAOHE_LANE_INPUT + 78, KAOHE_LANE_INPUT + 79, 0, 0.0, 0);
  if (active[168]) NAME(step)(f, I, K, 16, 0, 0, 0, 286, 846, -21, 0, 0.0, 0);
  if (active[169]) { static const int32_t L[] = {285}; NAME(step)(f, I, K, 25, 0, 0, 1, 557, 194, KAOHE_LANE_INPUT + 207, 72, 2.0, L); }
  if (active[170]) { static const int32_t L[] = {286}; NAME(step)(f, I, K, 21, 0, 0, 1, 558, 195, 0, 0, 0.0, L); }
  if (active[171]) NAME(step)(f, I, K, 3, 0, 1, 0, 287, 557, 558, 0, 0.0, 0);
  if (active[172]) NAME(step)(f, I, K, 16, 0, 0, 0, 288, KAOHE_LANE_INPUT + 80, -4, 0, 0.0, 0);
  if (active[173]) NAME(step)(f, I, K, 16, 0, 0, 0, 289, KAOHE_LANE_INPUT + 81, -4, 0, 0.0, 0);
  if (active[174]) NAME(step)(f, I, K, 2, 0, 0, 0, 850, KAOHE_LANE_INPUT + 81, 0, 0, 0.0, 0);
  if (active[175]) NAME(step)(f, I, K, 16, 0, 0, 0, 290, 850, -36, 0, 0.0, 0);
  if (active[176]) { static const int32_t L[] = {288, 289}; NAME(step)(f, I, K, 25, 0, 0, 2, 560, 196, KAOHE_LANE_INPUT + 207, 76, 4.0, L); }
  if (active[177]) { static const int32_t L[] = {290}; NAME(step)(f, I, K, 21, 0, 0, 1, 561, 198, 0, 0, 0.0, L); }
  if (active[178]) NAME(step)(f, I, K, 3, 0, 1, 0, 291, 560, 561, 0, 0.0, 0);
  if (active[179]) NAME(step)(f, I, K, 16, 0, 0, 0, 293, KAOHE_LANE_INPUT + 82, -11, 0, 0.0, 0);
  if (active[180]) NAME(step)(f, I, K, 16, 0, 0, 0, 294, KAOHE_LANE_INPUT + 83, -11, 0, 0.0, 0);
  if (active[181]) { static const int32_t L[] = {293, 294}; NAME(step)(f, I, K, 25, 0, 1, 2, 295, 199, KAOHE_LANE_INPUT + 207, 79, 1.0, L); }
  if (active[182]) NAME(step)(f, I, K, 16, 0, 0, 0, 296, KAOHE_LANE_INPUT + 84, -5, 0, 0.0, 0);
  if (active[183]) { static const int32_t L[] = {296}; NAME(step)(f, I, K, 25, 0, 1, 1, 297, 201, KAOHE_LANE_INPUT + 207, 81, 1.0, L); }
  if (active[184]) NAME(step)(f, I, K, 13, 0, 0, 0, 855, KAOHE_LANE_INPUT + 85, KAOHE_LANE_INPUT + 86, 0, 0.0, 0);
  if (active[185]) NAME(step)(f, I, K, 16, 0, 0, 0, 300, 855, -4, 0, 0.0, 0);
  if (active[186]) { static const int32_t L[] = {300}; NAME(step)(f, I, K, 25, 0, 1, 1, 301, 202, KAOHE_LANE_INPUT + 207, 83, 2.0, L); }
  if (active[187]) NAME(step)(f, I, K, 13, 0, 0, 0, 857, 819, KAOHE_LANE_INPUT + 93, 0, 0.0, 0);
  if (active[188]) NAME(step)(f, I, K, 13, 0, 0, 0, 858, KAOHE_LANE_INPUT + 87, KAOHE_LANE_INPUT + 88, 0, 0.0, 0);
  if (active[189]) NAME(step)(f, I, K, 16, 0, 0, 0, 859, 858, -5, 0, 0.0, 0);
  if (active[190]) NAME(step)(f, I, K, 15, 0, 0, 0, 303, 857, -6, 859, 0.0, 0);
  if (active[191]) NAME(step)(f, I, K, 16, 0, 0, 0, 861, KAOHE_LANE_INPUT + 89, -11, 0, 0.0, 0);
  if (active[192]) NAME(step)(f, I, K, 15, 0, 0, 0, 304, 857, -6, 861, 0.0, 0);
  if (active[193]) NAME(step)(f, I, K, 16, 0, 0, 0, 863, KAOHE_LANE_INPUT + 90, -11, 0, 0.0, 0);
  if (active[194]) NAME(step)(f, I, K, 15, 0, 0, 0, 305, KAOHE_LANE_INPUT + 93, -6, 863, 0.0, 0);
  if (active[195]) NAME(step)(f, I, K, 16, 0, 0, 0, 865, KAOHE_LANE_INPUT + 91, -11, 0, 0.0, 0);
  if (active[196]) NAME(step)(f, I, K, 15, 0, 0, 0, 306, KAOHE_LANE_INPUT + 93, -6, 865, 0.0, 0);
  if (active[197]) NAME(step)(f, I, K, 16, 0, 0, 0, 867, KAOHE_LANE_INPUT + 92, -11, 0, 0.0, 0);
  if (active[198]) NAME(step)(f, I, K, 15, 0, 0, 0, 307, KAOHE_LANE_INPUT + 93, -6, 867, 0.0, 0);
  if (active[199]) NAME(step)(f, I, K, 13, 0, 0, 0, 869, KAOHE_LANE_INPUT + 93, KAOHE_LANE_INPUT + 94, 0, 0.0, 0);
  if (active[200]) NAME(step)(f, I, K, 16, 0, 0, 0, 308, 869, -37, 0, 0.0, 0);
  if (active[201]) { static const int32_t L[] = {303, 304, 305, 306, 307}; NAME(step)(f, I, K, 25, 0, 0, 5, 566, 203, KAOHE_LANE_INPUT + 207, 90, 3.0, L); }
  if (active[202]) { static const int32_t L[] = {308}; NAME(step)(f, I, K, 21, 0, 0, 1, 567, 208, 0, 0, 0.0, L); }
  if (active[203]) NAME(step)(f, I, K, 3, 0, 1, 0, 309, 566, 567, 0, 0.0, 0);
  if (active[204]) NAME(step)(f, I, K, 10, 0, 0, 0, 871, KAOHE_LANE_INPUT + 95, -9, 0, 0.0, 0);
  if (active[205]) NAME(step)(f, I, K, 16, 0, 0, 0, 872, 871, -5, 0, 0.0, 0);
  if (active[206]) NAME(step)(f, I, K, 15, 0, 0, 0, 310, KAOHE_LANE_INPUT + 1, -6, 872, 0.0, 0);
  if (active[207]) NAME(step)(f, I, K, 7, 0, 0, 0, 874, KAOHE_LANE_INPUT + 95, -9, 0, 0.0, 0);
  if (active[208]) NAME(step)(f, I, K, 16, 0, 0, 0, 875, 874, -32, 0, 0.0, 0);
  if (active[209]) NAME(step)(f, I, K, 15, 0, 0, 0, 311, KAOHE_LANE_INPUT + 1, -6, 875, 0.0, 0);
  if (active[210]) NAME(step)(f, I, K, 16, 0, 0, 0, 877, KAOHE_LANE_INPUT + 96, -5, 0, 0.0, 0);
  if (active[211]) NAME(step)(f, I, K, 15, 0, 0, 0, 312, KAOHE_LANE_INPUT + 1, 877, -6, 0.0, 0);
  if (active[212]) NAME(step)(f, I, K, 2, 0, 0, 0, 879, KAOHE_LANE_INPUT + 96, 0, 0, 0.0, 0);
  if (active[213]) NAME(step)(f, I, K, 16, 0, 0, 0, 880, 879, -32, 0, 0.0, 0);
  if (active[214]) NAME(step)(f, I, K, 15, 0, 0, 0, 313, KAOHE_LANE_INPUT + 1, 880, -6, 0.0, 0);
  if (active[215]) { static const int32_t L[] = {310, 312}; NAME(step)(f, I, K, 25, 0, 0, 2, 569, 209, KAOHE_LANE_INPUT + 207, 95, 1.0, L); }
  if (active[216]) { static const int32_t L[] = {311, 313}; NAME(step)(f, I, K, 21, 0, 0, 2, 570, 211, 0, 0, 0.0, L); }
  if (active[217]) NAME(step)(f, I, K, 3, 0, 1, 0, 314, 569, 570, 0, 0.0, 0);
  if (active[218]) NAME(step)(f, I, K, 16, 0, 0, 0, 882, KAOHE_LANE_INPUT + 97, -5, 0, 0.0, 0);
  if (active[219]) NAME(step)(f, I, K, 15, 0, 0, 0, 316, KAOHE_LANE_INPUT + 99, -6, 882, 0.0, 0);
  if (active[220]) NAME(step)(f, I, K, 16, 0, 0, 0, 884, KAOHE_LANE_INPUT + 98, -5, 0, 0.0, 0);
  if (active[221]) NAME(step)(f, I, K, 15, 0, 0, 0, 317, KAOHE_LANE_INPUT + 99, -6, 884, 0.0, 0);
  if (active[222]) NAME(step)(f, I, K, 16, 0, 0, 0, 318, KAOHE_LANE_INPUT + 99, -32, 0, 0.0, 0);
  if (active[223]) { static const int32_t L[] = {316, 317}; NAME(step)(f, I, K, 25, 0, 0, 2, 572, 213, KAOHE_LANE_INPUT + 207, 99, 2.0, L); }
  if (active[224]) { static const int32_t L[] = {318}; NAME(step)(f, I, K, 21, 0, 0, 1, 573, 215, 0, 0, 0.0, L); }
  if (active[225]) NAME(step)(f, I, K, 3, 0, 1, 0, 319, 572, 573, 0, 0.0, 0);
  if (active[226]) NAME(step)(f, I, K, 16, 0, 0, 0, 321, KAOHE_LANE_INPUT + 100, -5, 0, 0.0, 0);
  if (active[227]) NAME(step)(f, I, K, 16, 0, 0, 0, 322, KAOHE_LANE_INPUT + 101, -38, 0, 0.0, 0);
  if (active[228]) NAME(step)(f, I, K, 16, 0, 0, 0, 323, KAOHE_LANE_INPUT + 102, -11, 0, 0.0, 0);
  if (active[229]) NAME(step)(f, I, K, 11, 0, 0, 0, 890, KAOHE_LANE_INPUT + 103, -6, 0, 0.0, 0);
  if (active[230]) NAME(step)(f, I, K, 15, 0, 0, 0, 891, KAOHE_LANE_INPUT + 211, -39, -6, 0.0, 0);
  if (active[231]) NAME(step)(f, I, K, 11, 0, 0, 0, 892, KAOHE_LANE_INPUT + 103, -5, 0, 0.0, 0);
  if (active[232]) NAME(step)(f, I, K, 16, 0, 0, 0, 893, 892, -39, 0, 0.0, 0);
  if (active[233]) NAME(step)(f, I, K, 15, 0, 0, 0, 324, 890, 891, 893, 0.0, 0);
  if (active[234]) NAME(step)(f, I, K, 16, 0, 0, 0, 325, KAOHE_LANE_INPUT + 104, -32, 0, 0.0, 0);
  if (active[235]) NAME(step)(f, I, K, 13, 0, 0, 0, 896, KAOHE_LANE_INPUT + 104, KAOHE_LANE_INPUT + 105, 0, 0.0, 0);
  if (active[236]) NAME(step)(f, I, K, 16, 0, 0, 0, 326, 896, -32, 0, 0.0, 0);
  if (active[237]) { static const int32_t L[] = {321, 322, 323, 324}; NAME(step)(f, I, K, 25, 0, 0, 4, 575, 216, KAOHE_LANE_INPUT + 207, 106, 2.0, L); }
  if (active[238]) { static const int32_t L[] = {325, 326}; NAME(step)(f, I, K, 21, 0, 0, 2, 576, 220, 0, 0, 0.0, L); }
  if (active[239]) NAME(step)(f, I, K, 3, 0, 1, 0, 327, 575, 576, 0, 0.0, 0);
  if (active[240]) NAME(step)(f, I, K, 16, 0, 0, 0, 328, KAOHE_LANE_INPUT + 106, -20, 0, 0.0, 0);
  if (active[241]) NAME(step)(f, I, K, 16, 0, 0, 0, 329, KAOHE_LANE_INPUT + 107, -20, 0, 0.0, 0);
  if (active[242]) NAME(step)(f, I, K, 16, 0, 0, 0, 330, KAOHE_LANE_INPUT + 108, -20, 0, 0.0, 0);
  if (active[243]) NAME(step)(f, I, K, 16, 0, 0, 0, 331, KAOHE_LANE_INPUT + 109, -20, 0, 0.0, 0);
  if (active[244]) NAME(step)(f, I, K, 15, 0, 0, 0, 902, KAOHE_LANE_INPUT + 110, KAOHE_LANE_INPUT + 112, KAOHE_LANE_INPUT + 111, 0.0, 0);
  if (active[245]) NAME(step)(f, I, K, 16, 0, 0, 0, 332, 902, -20, 0, 0.0, 0);
  if (active[246]) NAME(step)(f, I, K, 15, 0, 0, 0, 904, KAOHE_LANE_INPUT + 113, KAOHE_LANE_INPUT + 114, -6, 0.0, 0);
  if (active[247]) { static const int32_t L[] = {328, 329, 330, 331, 332}; NAME(step)(f, I, K, 22, 0, 0, 5, 578, 229, 0, 0, 0.0, L); }
  if (active[248]) { static const int32_t L[] = {-6, 578}; NAME(step)(f, I, K, 19, 0, 0, 2, 579, 234, 0, 0, 0.0, L); }
  if (active[249]) { static const int32_t L[] = {904, 579}; NAME(step)(f, I, K, 18, 0, 0, 2, 580, 236, 0, 0, 0.0, L); }
  if (active[250]) NAME(step)(f, I, K, 15, 0, 0, 0, 581, KAOHE_LANE_INPUT + 209, 580, 904, 0.0, 0);
  if (active[251]) NAME(step)(f, I, K, 1, 0, 1, 0, 333, 581, 0, 0, 0.0, 0);
  if (active[252]) NAME(step)(f, I, K, 15, 0, 0, 0, 905, KAOHE_LANE_INPUT + 115, -5, -6, 0.0, 0);
  if (active[253]) { static const int32_t L[] = {328, 329, 330, 331, 332, 333}; NAME(step)(f, I, K, 22, 0, 0, 6, 583, 250, 0, 0, 0.0, L); }
  if (active[254]) { static const int32_t L[] = {-6, 583}; NAME(step)(f, I, K, 19, 0, 0, 2, 584, 256, 0, 0, 0.0, L); }
  if (active[255]) { static const int32_t L[] = {905, 584}; NAME(step)(f, I, K, 18, 0, 0, 2, 585, 258, 0, 0, 0.0, L); }
  if (active[256]) NAME(step)(f, I, K, 15, 0, 0, 0, 586, KAOHE_LANE_INPUT + 209, 585, 905, 0.0, 0);
  if (active[257]) NAME(step)(f, I, K, 1, 0, 1, 0, 334, 586, 0, 0, 0.0, 0);
  if (active[258]) NAME(step)(f, I, K, 15, 0, 0, 0, 906, KAOHE_LANE_INPUT + 116, -11, -6, 0.0, 0);
  if (active[259]) { static const int32_t L[] = {328, 329, 330, 331, 332, 333, 334}; NAME(step)(f, I, K, 22, 0, 0, 7, 588, 278, 0, 0, 0.0, L); }
  if (active[260]) { static const int32_t L[] = {-6, 588}; NAME(step)(f, I, K, 19, 0, 0, 2, 589, 285, 0, 0, 0.0, L); }
  if (active[261]) { static const int32_t L[] = {906, 589}; NAME(step)(f, I, K, 18, 0, 0, 2, 590, 287, 0, 0, 0.0, L); }
  if (active[262]) NAME(step)(f, I, K, 15, 0, 0, 0, 591, KAOHE_LANE_INPUT + 209, 590, 906, 0.0, 0);
  if (active[263]) NAME(step)(f, I, K, 1, 0, 1, 0, 335, 591, 0, 0, 0.0, 0);
  if (active[264]) NAME(step)(f, I, K, 15, 0, 0, 0, 907, KAOHE_LANE_INPUT + 117, -5, -6, 0.0, 0);
  if (active[265]) { static const int32_t L[] = {328, 329, 330, 331, 332, 333, 334, 335}; NAME(step)(f, I, K, 22, 0, 0, 8, 593, 314, 0, 0, 0.0, L); }
  if (active[266]) { static const int32_t L[] = {-6, 593}; NAME(step)(f, I, K, 19, 0, 0, 2, 594, 322, 0, 0, 0.0, L); }
  if (active[267]) { static const int32_t L[] = {907, 594}; NAME(step)(f, I, K, 18, 0, 0, 2, 595, 324, 0, 0, 0.0, L); }
  if (active[268]) NAME(step)(f, I, K, 15, 0, 0, 0, 596, KAOHE_LANE_INPUT + 209, 595, 907, 0.0, 0);
  if (active[269]) NAME(step)(f, I, K, 1, 0, 1, 0, 336, 596, 0, 0, 0.0, 0);
  if (active[270]) NAME(step)(f, I, K, 16, 0, 0, 0, 337, KAOHE_LANE_INPUT + 118, -32, 0, 0.0, 0);
  if (active[271]) NAME(step)(f, I, K, 13, 0, 0, 0, 909, KAOHE_LANE_INPUT + 118, KAOHE_LANE_INPUT + 119, 0, 0.0, 0);
  if (active[272]) NAME(step)(f, I, K, 16, 0, 0, 0, 338, 909, -32, 0, 0.0, 0);
  if (active[273]) { static const int32_t L[] = {328, 329, 330, 331, 332, 333, 334, 335, 336}; NAME(step)(f, I, K, 25, 0, 0, 9, 598, 326, KAOHE_LANE_INPUT + 207, 122, 2.0, L); }
  if (active[274]) { static const int32_t L[] = {337, 338}; NAME(step)(f, I, K, 21, 0, 0, 2, 599, 335, 0, 0, 0.0, L); }
  if (active[275]) NAME(step)(f, I, K, 3, 0, 1, 0, 339, 598, 599, 0, 0.0, 0);
  if (active[276]) NAME(step)(f, I, K, 16, 0, 0, 0, 342, KAOHE_LANE_INPUT + 120, -4, 0, 0.0, 0);
  if (active[277]) NAME(step)(f, I, K, 15, 0, 0, 0, 912, KAOHE_LANE_INPUT + 122, -27, -6, 0.0, 0);
  if (active[278]) NAME(step)(f, I, K, 15, 0, 0, 0, 913, KAOHE_LANE_INPUT + 121, 912, -6, 0.0, 0);
  if (active[279]) { static const int32_t L[] = {-6, 342}; NAME(step)(f, I, K, 19, 0, 0, 2, 601, 337, 0, 0, 0.0, L); }
  if (active[280]) { static const int32_t L[] = {913, 601}; NAME(step)(f, I, K, 18, 0, 0, 2, 602, 339, 0, 0, 0.0, L); }
  if (active[281]) NAME(step)(f, I, K, 1, 0, 1, 0, 343, 602, 0, 0, 0.0, 0);
  if (active[282]) NAME(step)(f, I, K, 15, 0, 0, 0, 914, KAOHE_LANE_INPUT + 123, -27, -6, 0.0, 0);
  if (active[283]) NAME(step)(f, I, K, 15, 0, 0, 0, 915, KAOHE_LANE_INPUT + 121, 914, -6, 0.0, 0);
  if (active[284]) NAME(step)(f, I, K, 3, 0, 0, 0, 604, 342, 343, 0, 0.0, 0);
  if (active[285]) { static const int32_t L[] = {-6, 604}; NAME(step)(f, I, K, 19, 0, 0, 2, 605, 341, 0, 0, 0.0, L); }
  if (active[286]) { static const int32_t L[] = {915, 605}; NAME(step)(f, I, K, 18, 0, 0, 2, 606, 343, 0, 0, 0.0, L); }
  if (active[287]) NAME(step)(f, I, K, 1, 0, 1, 0, 344, 606, 0, 0, 0.0, 0);
  if (active[288]) NAME(step)(f, I, K, 5, 0, 0, 0, 916, -5, KAOHE_LANE_INPUT + 124, 0, 0.0, 0);
  if (active[289]) NAME(step)(f, I, K, 15, 0, 0, 0, 917, KAOHE_LANE_INPUT + 121, 916, -6, 0.0, 0);
  if (active[290]) { static const int32_t L[] = {342, 343, 344}; NAME(step)(f, I, K, 22, 0, 0, 3, 608, 345, 0, 0, 0.0, L); }
  if (active[291]) { static const int32_t L[] = {-6, 608}; NAME(step)(f, I, K, 19, 0, 0, 2, 609, 348, 0, 0, 0.0, L); }
  if (active[292]) { static const int32_t L[] = {917, 609}; NAME(step)(f, I, K, 18, 0, 0, 2, 610, 350, 0, 0, 0.0, L); }
  if (active[293]) NAME(step)(f, I, K, 1, 0, 1, 0, 345, 610, 0, 0, 0.0, 0);
  if (active[294]) NAME(step)(f, I, K, 15, 0, 0, 0, 918, KAOHE_LANE_INPUT + 125, -27, -6, 0.0, 0);
  if (active[295]) NAME(step)(f, I, K, 15, 0, 0, 0, 919, KAOHE_LANE_INPUT + 121, 918, -6, 0.0, 0);
  if (active[296]) { static const int32_t L[] = {342, 343, 344, 345}; NAME(step)(f, I, K, 22, 0, 0, 4, 612, 355, 0, 0, 0.0, L); }
  if (active[297]) { static const int32_t L[] = {-6, 612}; NAME(step)(f, I, K, 19, 0, 0, 2, 613, 359, 0, 0, 0.0, L); }
  if (active[298]) { static const int32_t L[] = {919, 613}; NAME(step)(f, I, K, 18, 0, 0, 2, 614, 361, 0, 0, 0.0, L); }
  if (active[299]) NAME(step)(f, I, K, 1, 0, 1, 0, 346, 614, 0, 0, 0.0, 0);
  if (active[300]) NAME(step)(f, I, K, 5, 0, 0, 0, 920, -27, KAOHE_LANE_INPUT + 126, 0, 0.0, 0);
  if (active[301]) NAME(step)(f, I, K, 15, 0, 0, 0, 921, KAOHE_LANE_INPUT + 121, 920, -6, 0.0, 0);
  if (active[302]) { static const int32_t L[] = {342, 343, 344, 345, 346}; NAME(step)(f, I, K, 22, 0, 0, 5, 616, 370, 0, 0, 0.0, L); }
  if (active[303]) { static const int32_t L[] = {-6, 616}; NAME(step)(f, I, K, 19, 0, 0, 2, 617, 375, 0, 0, 0.0, L); }
  if (active[304]) { static const int32_t L[] = {921, 617}; NAME(step)(f, I, K, 18, 0, 0, 2, 618, 377, 0, 0, 0.0, L); }
  if (active[305]) NAME(step)(f, I, K, 1, 0, 1, 0, 347, 618, 0, 0, 0.0, 0);
  if (active[306]) NAME(step)(f, I, K, 5, 0, 0, 0, 922, -11, KAOHE_LANE_INPUT + 127, 0, 0.0, 0);
  if (active[307]) NAME(step)(f, I, K, 15, 0, 0, 0, 923, KAOHE_LANE_INPUT + 121, 922, -6, 0.0, 0);
  if (active[308]) { static const int32_t L[] = {342, 343, 344, 345, 346, 347}; NAME(step)(f, I, K, 22, 0, 0, 6, 620, 391, 0, 0, 0.0, L); }
  if (active[309]) { static const int32_t L[] = {-6, 620}; NAME(step)(f, I, K, 19, 0, 0, 2, 621, 397, 0, 0, 0.0, L); }
  if (active[310]) { static const int32_t L[] = {923, 621}; NAME(step)(f, I, K, 18, 0, 0, 2, 622, 399, 0, 0, 0.0, L); }
  if (active[311]) NAME(step)(f, I, K, 1, 0, 1, 0, 348, 622, 0, 0, 0.0, 0);
  if (active[312]) NAME(step)(f, I, K, 5, 0, 0, 0, 924, -27, KAOHE_LANE_INPUT + 128, 0, 0.0, 0);
  if (active[313]) NAME(step)(f, I, K, 15, 0, 0, 0, 925, KAOHE_LANE_INPUT + 121, 924, -6, 0.0, 0);
  if (active[314]) { static const int32_t L[] = {342, 343, 344, 345, 346, 347, 348}; NAME(step)(f, I, K, 22, 0, 0, 7, 624, 419, 0, 0, 0.0, L); }
  if (active[315]) { static const int32_t L[] = {-6, 624}; NAME(step)(f, I, K, 19, 0, 0, 2, 625, 426, 0, 0, 0.0, L); }
  if (active[316]) { static const int32_t L[] = {925, 625}; NAME(step)(f, I, K, 18, 0, 0, 2, 626, 428, 0, 0, 0.0, L); }
  if (active[317]) NAME(step)(f, I, K, 1, 0, 1, 0, 349, 626, 0, 0, 0.0, 0);
  if (active[318]) { static const int32_t L[] = {342, 343, 344, 345, 346, 347, 348, 349}; NAME(step)(f, I, K, 25, 0, 1, 8, 350, 430, KAOHE_LANE_INPUT + 207, 138, 2.0, L); }
  if (active[319]) NAME(step)(f, I, K, 13, 0, 0, 0, 926, 819, KAOHE_LANE_INPUT + 138, 0, 0.0, 0);
  if (active[320]) NAME(step)(f, I, K, 11, 0, 0, 0, 927, KAOHE_LANE_INPUT + 129, -4, 0, 0.0, 0);
  if (active[321]) NAME(step)(f, I, K, 15, 0, 0, 0, 928, 927, -6, -11, 0.0, 0);
  if (active[322]) NAME(step)(f, I, K, 15, 0, 0, 0, 351, 926, -6, 928, 0.0, 0);
  if (active[323]) NAME(step)(f, I, K, 11, 0, 0, 0, 930, KAOHE_LANE_INPUT + 129, -5, 0, 0.0, 0);
  if (active[324]) NAME(step)(f, I, K, 15, 0, 0, 0, 931, 930, -40, -6, 0.0, 0);
  if (active[325]) { static const int32_t L[] = {-6, 351}; NAME(step)(f, I, K, 19, 0, 0, 2, 629, 438, 0, 0, 0.0, L); }
  if (active[326]) { static const int32_t L[] = {931, 629}; NAME(step)(f, I, K, 18, 0, 0, 2, 630, 440, 0, 0, 0.0, L); }
  if (active[327]) NAME(step)(f, I, K, 1, 0, 1, 0, 352, 630, 0, 0, 0.0, 0);
  if (active[328]) NAME(step)(f, I, K, 15, 0, 0, 0, 932, KAOHE_LANE_INPUT + 130, -6, -13, 0.0, 0);
  if (active[329]) NAME(step)(f, I, K, 3, 0, 0, 0, 632, 351, 352, 0, 0.0, 0);
  if (active[330]) { static const int32_t L[] = {-6, 632}; NAME(step)(f, I, K, 19, 0, 0, 2, 633, 442, 0, 0, 0.0, L); }
  if (active[331]) { static const int32_t L[] = {932, 633}; NAME(step)(f, I, K, 18, 0, 0, 2, 634, 444, 0, 0, 0.0, L); }
  if (active[332]) NAME(step)(f, I, K, 1, 0, 1, 0, 353, 634, 0, 0, 0.0, 0);
  if (active[333]) NAME(step)(f, I, K, 15, 0, 0, 0, 933, KAOHE_LANE_INPUT + 131, -6, -13, 0.0, 0);
  if (active[334]) { static const int32_t L[] = {351, 352, 353}; NAME(step)(f, I, K, 22, 0, 0, 3, 636, 446, 0, 0, 0.0, L); }
  if (active[335]) { static const int32_t L[] = {-6, 636}; NAME(step)(f, I, K, 19, 0, 0, 2, 637, 449, 0, 0, 0.0, L); }
  if (active[336]) { static const int32_t L[] = {933, 637}; NAME(step)(f, I, K, 18, 0, 0, 2, 638, 451, 0, 0, 0.0, L); }
  if (active[337]) NAME(step)(f, I, K, 1, 0, 1, 0, 354, 638, 0, 0, 0.0, 0);
  if (active[338]) NAME(step)(f, I, K, 15, 0, 0, 0, 934, KAOHE_LANE_INPUT + 132, -11, -6, 0.0, 0);
  if (active[339]) { static const int32_t L[] = {351, 352, 353, 354}; NAME(step)(f, I, K, 22, 0, 0, 4, 640, 456, 0, 0, 0.0, L); }
  if (active[340]) { static const int32_t L[] = {-6, 640}; NAME(step)(f, I, K, 19, 0, 0, 2, 641, 460, 0, 0, 0.0, L); }
  if (active[341]) { static const int32_t L[] = {934, 641}; NAME(step)(f, I, K, 18, 0, 0, 2, 642, 462, 0, 0, 0.0, L); }
  if (active[342]) NAME(step)(f, I, K, 1, 0, 1, 0, 355, 642, 0, 0, 0.0, 0);
  if (active[343]) NAME(step)(f, I, K, 2, 0, 0, 0, 935, KAOHE_LANE_INPUT + 133, 0, 0, 0.0, 0);
  if (active[344]) NAME(step)(f, I, K, 14, 0, 0, 0, 936, KAOHE_LANE_INPUT + 138, 935, 0, 0.0, 0);
  if (active[345]) NAME(step)(f, I, K, 11, 0, 0, 0, 937, KAOHE_LANE_INPUT + 134, -6, 0, 0.0, 0);
  if (active[346]) NAME(step)(f, I, K, 11, 0, 0, 0, 938, KAOHE_LANE_INPUT + 134, -5, 0, 0.0, 0);
  if (active[347]) NAME(step)(f, I, K, 15, 0, 0, 0, 939, 938, -38, -6, 0.0, 0);
  if (active[348]) NAME(step)(f, I, K, 15, 0, 0, 0, 940, 937, -27, 939, 0.0, 0);
  if (active[349]) NAME(step)(f, I, K, 15, 0, 0, 0, 356, 936, -6, 940, 0.0, 0);
  if (active[350]) NAME(step)(f, I, K, 11, 0, 0, 0, 942, KAOHE_LANE_INPUT + 135, -6, 0, 0.0, 0);
  if (active[351]) NAME(step)(f, I, K, 11, 0, 0, 0, 943, KAOHE_LANE_INPUT + 135, -5, 0, 0.0, 0);
  if (active[352]) NAME(step)(f, I, K, 15, 0, 0, 0, 944, 943, -7, -6, 0.0, 0);
  if (active[353]) NAME(step)(f, I, K, 15, 0, 0, 0, 945, 942, -27, 944, 0.0, 0);
  if (active[354]) NAME(step)(f, I, K, 15, 0, 0, 0, 357, 936, -6, 945, 0.0, 0);
  if (active[355]) NAME(step)(f, I, K, 14, 0, 0, 0, 947, KAOHE_LANE_INPUT + 138, KAOHE_LANE_INPUT + 133, 0, 0.0, 0);
  if (active[356]) NAME(step)(f, I, K, 16, 0, 0, 0, 948, KAOHE_LANE_INPUT + 136, -27, 0, 0.0, 0);
  if (active[357]) NAME(step)(f, I, K, 15, 0, 0, 0, 358, 947, -6, 948, 0.0, 0);
  if (active[358]) NAME(step)(f, I, K, 16, 0, 0, 0, 950, KAOHE_LANE_INPUT + 137, -27, 0, 0.0, 0);
  if (active[359]) NAME(step)(f, I, K, 15, 0, 0, 0, 359, 947, -6, 950, 0.0, 0);
  if (active[360]) NAME(step)(f, I, K, 13, 0, 0, 0, 952, KAOHE_LANE_INPUT + 138, KAOHE_LANE_INPUT + 139, 0, 0.0, 0);
  if (active[361]) NAME(step)(f, I, K, 16, 0, 0, 0, 360, 952, -33, 0, 0.0, 0);
  if (active[362]) NAME(step)(f, I, K, 2, 0, 0, 0, 954, KAOHE_LANE_INPUT + 140, 0, 0, 0.0, 0);
  if (active[363]) NAME(step)(f, I, K, 14, 0, 0, 0, 955, 926, 954, 0, 0.0, 0);
  if (active[364]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 141, -8, -13, -41, -40, -7}; NAME(step)(f, I, K, 23, 12, 0, 6, 644, 464, 0, 150, 0.0, L); }
  if (active[365]) NAME(step)(f, I, K, 15, 0, 0, 0, 361, 955, -6, 644, 0.0, 0);
  if (active[366]) NAME(step)(f, I, K, 16, 0, 0, 0, 956, KAOHE_LANE_INPUT + 142, -7, 0, 0.0, 0);
  if (active[367]) NAME(step)(f, I, K, 15, 0, 0, 0, 362, 955, -6, 956, 0.0, 0);
  if (active[368]) NAME(step)(f, I, K, 16, 0, 0, 0, 958, KAOHE_LANE_INPUT + 143, -7, 0, 0.0, 0);
  if (active[369]) NAME(step)(f, I, K, 15, 0, 0, 0, 363, 955, -6, 958, 0.0, 0);
  if (active[370]) NAME(step)(f, I, K, 14, 0, 0, 0, 960, 926, KAOHE_LANE_INPUT + 140, 0, 0.0, 0);
  if (active[371]) NAME(step)(f, I, K, 16, 0, 0, 0, 961, KAOHE_LANE_INPUT + 144, -11, 0, 0.0, 0);
  if (active[372]) NAME(step)(f, I, K, 15, 0, 0, 0, 364, 960, -6, 961, 0.0, 0);
  if (active[373]) NAME(step)(f, I, K, 16, 0, 0, 0, 963, KAOHE_LANE_INPUT + 145, -11, 0, 0.0, 0);
  if (active[374]) NAME(step)(f, I, K, 15, 0, 0, 0, 365, 926, -6, 963, 0.0, 0);
  if (active[375]) { static const int32_t L[] = {351, 352, 353, 354, 355, 356, 357, 358, 359, 361, 362, 363, 364, 365}; NAME(step)(f, I, K, 25, 0, 0, 14, 646, 470, KAOHE_LANE_INPUT + 207, 155, 2.0, L); }
  if (active[376]) { static const int32_t L[] = {360}; NAME(step)(f, I, K, 21, 0, 0, 1, 647, 484, 0, 0, 0.0, L); }
  if (active[377]) NAME(step)(f, I, K, 3, 0, 1, 0, 366, 646, 647, 0, 0.0, 0);
  if (active[378]) NAME(step)(f, I, K, 16, 0, 0, 0, 367, KAOHE_LANE_INPUT + 146, -41, 0, 0.0, 0);
  if (active[379]) NAME(step)(f, I, K, 2, 0, 0, 0, 966, KAOHE_LANE_INPUT + 147, 0, 0, 0.0, 0);
  if (active[380]) NAME(step)(f, I, K, 16, 0, 0, 0, 368, 966, -20, 0, 0.0, 0);
  if (active[381]) { static const int32_t L[] = {367, 368}; NAME(step)(f, I, K, 25, 0, 1, 2, 369, 485, KAOHE_LANE_INPUT + 207, 158, 1.0, L); }
  if (active[382]) NAME(step)(f, I, K, 16, 0, 0, 0, 371, KAOHE_LANE_INPUT + 148, -5, 0, 0.0, 0);
  if (active[383]) { static const int32_t L[] = {371}; NAME(step)(f, I, K, 25, 0, 1, 1, 372, 487, KAOHE_LANE_INPUT + 207, 160, 1.0, L); }
  if (active[384]) NAME(step)(f, I, K, 16, 0, 0, 0, 374, KAOHE_LANE_INPUT + 149, -4, 0, 0.0, 0);
  if (active[385]) { static const int32_t L[] = {374}; NAME(step)(f, I, K, 25, 0, 1, 1, 375, 488, KAOHE_LANE_INPUT + 207, 162, 2.0, L); }
  if (active[386]) NAME(step)(f, I, K, 16, 0, 0, 0, 378, KAOHE_LANE_INPUT + 150, -4, 0, 0.0, 0);
  if (active[387]) NAME(step)(f, I, K, 16, 0, 0, 0, 379, KAOHE_LANE_INPUT + 151, -5, 0, 0.0, 0);
  if (active[388]) NAME(step)(f, I, K, 16, 0, 0, 0, 380, KAOHE_LANE_INPUT + 152, -5, 0, 0.0, 0);
  if (active[389]) { static const int32_t L[] = {378, 379, 380}; NAME(step)(f, I, K, 25, 0, 1, 3, 381, 489, KAOHE_LANE_INPUT + 207, 166, 4.0, L); }
  if (active[390]) NAME(step)(f, I, K, 16, 0, 0, 0, 383, KAOHE_LANE_INPUT + 153, -7, 0, 0.0, 0);
  if (active[391]) NAME(step)(f, I, K, 16, 0, 0, 0, 384, KAOHE_LANE_INPUT + 154, -7, 0, 0.0, 0);
  if (active[392]) NAME(step)(f, I, K, 16, 0, 0, 0, 385, KAOHE_LANE_INPUT + 155, -7, 0, 0.0, 0);
  if (active[393]) NAME(step)(f, I, K, 16, 0, 0, 0, 386, KAOHE_LANE_INPUT + 156, -7, 0, 0.0, 0);
  if (active[394]) NAME(step)(f, I, K, 16, 0, 0, 0, 387, KAOHE_LANE_INPUT + 157, -7, 0, 0.0, 0);
  if (active[395]) NAME(step)(f, I, K, 16, 0, 0, 0, 388, KAOHE_LANE_INPUT + 158, -11, 0, 0.0, 0);
  if (active[396]) NAME(step)(f, I, K, 16, 0, 0, 0, 389, KAOHE_LANE_INPUT + 159, -11, 0, 0.0, 0);
  if (active[397]) NAME(step)(f, I, K, 16, 0, 0, 0, 390, KAOHE_LANE_INPUT + 160, -11, 0, 0.0, 0);
  if (active[398]) NAME(step)(f, I, K, 15, 0, 0, 0, 981, KAOHE_LANE_INPUT + 161, KAOHE_LANE_INPUT + 162, KAOHE_LANE_INPUT + 163, 0.0, 0);
  if (active[399]) NAME(step)(f, I, K, 16, 0, 0, 0, 391, 981, -4, 0, 0.0, 0);
  if (active[400]) { static const int32_t L[] = {383, 384, 385, 386, 387, 388, 389, 390, 391}; NAME(step)(f, I, K, 25, 0, 1, 9, 392, 492, KAOHE_LANE_INPUT + 207, 176, 4.0, L); }
  if (active[401]) NAME(step)(f, I, K, 16, 0, 0, 0, 395, KAOHE_LANE_INPUT + 164, -11, 0, 0.0, 0);
  if (active[402]) NAME(step)(f, I, K, 13, 0, 0, 0, 984, KAOHE_LANE_INPUT + 164, KAOHE_LANE_INPUT + 165, 0, 0.0, 0);
  if (active[403]) NAME(step)(f, I, K, 16, 0, 0, 0, 396, 984, -11, 0, 0.0, 0);
  if (active[404]) NAME(step)(f, I, K, 16, 0, 0, 0, 397, KAOHE_LANE_INPUT + 166, -11, 0, 0.0, 0);
  if (active[405]) NAME(step)(f, I, K, 16, 0, 0, 0, 398, KAOHE_LANE_INPUT + 167, -11, 0, 0.0, 0);
  if (active[406]) { static const int32_t L[] = {395, 396, 397, 398}; NAME(step)(f, I, K, 25, 0, 1, 4, 399, 501, KAOHE_LANE_INPUT + 207, 181, 2.0, L); }
  if (active[407]) NAME(step)(f, I, K, 10, 0, 0, 0, 988, KAOHE_LANE_INPUT + 168, -40, 0, 0.0, 0);
  if (active[408]) NAME(step)(f, I, K, 16, 0, 0, 0, 400, 988, -11, 0, 0.0, 0);
  if (active[409]) NAME(step)(f, I, K, 16, 0, 0, 0, 401, KAOHE_LANE_INPUT + 169, -5, 0, 0.0, 0);
  if (active[410]) NAME(step)(f, I, K, 13, 0, 0, 0, 991, KAOHE_LANE_INPUT + 170, KAOHE_LANE_INPUT + 171, 0, 0.0, 0);
  if (active[411]) NAME(step)(f, I, K, 16, 0, 0, 0, 402, 991, -11, 0, 0.0, 0);
  if (active[412]) { static const int32_t L[] = {400, 401, 402}; NAME(step)(f, I, K, 25, 0, 1, 3, 403, 505, KAOHE_LANE_INPUT + 207, 185, 2.0, L); }
  if (active[413]) NAME(step)(f, I, K, 5, 0, 0, 0, 993, -5, KAOHE_LANE_INPUT + 173, 0, 0.0, 0);
  if (active[414]) NAME(step)(f, I, K, 15, 0, 1, 0, 405, KAOHE_LANE_INPUT + 172, -5, 993, 0.0, 0);
  if (active[415]) { static const int32_t L[] = {405}; NAME(step)(f, I, K, 25, 0, 1, 1, 406, 508, KAOHE_LANE_INPUT + 207, 186, 1.0, L); }
  if (active[416]) NAME(step)(f, I, K, 16, 0, 0, 0, 407, KAOHE_LANE_INPUT + 174, -11, 0, 0.0, 0);
  if (active[417]) NAME(step)(f, I, K, 16, 0, 0, 0, 408, KAOHE_LANE_INPUT + 175, -11, 0, 0.0, 0);
  if (active[418]) NAME(step)(f, I, K, 16, 0, 0, 0, 411, KAOHE_LANE_INPUT + 178, -39, 0, 0.0, 0);
  if (active[419]) NAME(step)(f, I, K, 16, 0, 0, 0, 414, KAOHE_LANE_INPUT + 181, -20, 0, 0.0, 0);
  if (active[420]) NAME(step)(f, I, K, 16, 0, 0, 0, 416, KAOHE_LANE_INPUT + 183, -42, 0, 0.0, 0);
  if (active[421]) NAME(step)(f, I, K, 16, 0, 0, 0, 417, KAOHE_LANE_INPUT + 184, -7, 0, 0.0, 0);
  if (active[422]) NAME(step)(f, I, K, 16, 0, 0, 0, 418, KAOHE_LANE_INPUT + 185, -7, 0, 0.0, 0);
  if (active[423]) NAME(step)(f, I, K, 15, 0, 0, 0, 1002, KAOHE_LANE_INPUT + 176, -5, -6, 0.0, 0);
  if (active[424]) { static const int32_t L[] = {407, 408, 411, 414, 416, 417, 418}; NAME(step)(f, I, K, 22, 0, 0, 7, 657, 527, 0, 0, 0.0, L); }
  if (active[425]) { static const int32_t L[] = {-6, 657}; NAME(step)(f, I, K, 19, 0, 0, 2, 658, 534, 0, 0, 0.0, L); }
  if (active[426]) { static const int32_t L[] = {1002, 658}; NAME(step)(f, I, K, 18, 0, 0, 2, 659, 536, 0, 0, 0.0, L); }
  if (active[427]) NAME(step)(f, I, K, 15, 0, 0, 0, 660, KAOHE_LANE_INPUT + 209, 659, 1002, 0.0, 0);
  if (active[428]) NAME(step)(f, I, K, 1, 0, 1, 0, 409, 660, 0, 0, 0.0, 0);
  if (active[429]) NAME(step)(f, I, K, 15, 0, 0, 0, 1003, KAOHE_LANE_INPUT + 177, -5, -6, 0.0, 0);
  if (active[430]) { static const int32_t L[] = {407, 408, 411, 414, 416, 417, 418, 409}; NAME(step)(f, I, K, 22, 0, 0, 8, 662, 563, 0, 0, 0.0, L); }
  if (active[431]) { static const int32_t L[] = {-6, 662}; NAME(step)(f, I, K, 19, 0, 0, 2, 663, 571, 0, 0, 0.0, L); }
  if (active[432]) { static const int32_t L[] = {1003, 663}; NAME(step)(f, I, K, 18, 0, 0, 2, 664, 573, 0, 0, 0.0, L); }
  if (active[433]) NAME(step)(f, I, K, 15, 0, 0, 0, 665, KAOHE_LANE_INPUT + 209, 664, 1003, 0.0, 0);
  if (active[434]) NAME(step)(f, I, K, 1, 0, 1, 0, 410, 665, 0, 0, 0.0, 0);
  if (active[435]) NAME(step)(f, I, K, 5, 0, 0, 0, 1004, -7, KAOHE_LANE_INPUT + 179, 0, 0.0, 0);
  if (active[436]) { static const int32_t L[] = {407, 408, 411, 414, 416, 417, 418, 409, 410}; NAME(step)(f, I, K, 22, 0, 0, 9, 667, 608, 0, 0, 0.0, L); }
  if (active[437]) { static const int32_t L[] = {-6, 667}; NAME(step)(f, I, K, 19, 0, 0, 2, 668, 617, 0, 0, 0.0, L); }
  if (active[438]) { static const int32_t L[] = {1004, 668}; NAME(step)(f, I, K, 18, 0, 0, 2, 669, 619, 0, 0, 0.0, L); }
  if (active[439]) NAME(step)(f, I, K, 15, 0, 0, 0, 670, KAOHE_LANE_INPUT + 209, 669, 1004, 0.0, 0);
  if (active[440]) NAME(step)(f, I, K, 1, 0, 1, 0, 412, 670, 0, 0, 0.0, 0);
  if (active[441]) NAME(step)(f, I, K, 3, 0, 0, 0, 672, 411, 412, 0, 0.0, 0);
  if (active[442]) NAME(step)(f, I, K, 4, 0, 0, 0, 673, -39, 672, 0, 0.0, 0);
  if (active[443]) { static const int32_t L[] = {-6, 673}; NAME(step)(f, I, K, 19, 0, 0, 2, 674, 621, 0, 0, 0.0, L); }
  if (active[444]) { static const int32_t L[] = {-7, 674}; NAME(step)(f, I, K, 18, 0, 0, 2, 675, 623, 0, 0, 0.0, L); }
  if (active[445]) NAME(step)(f, I, K, 15, 0, 1, 0, 413, KAOHE_LANE_INPUT + 180, 675, -6, 0.0, 0);
  if (active[446]) NAME(step)(f, I, K, 5, 0, 0, 0, 1005, -7, KAOHE_LANE_INPUT + 182, 0, 0.0, 0);
  if (active[447]) { static const int32_t L[] = {1005, -20}; NAME(step)(f, I, K, 18, 0, 0, 2, 1006, 625, 0, 0, 0.0, L); }
  if (active[448]) { static const int32_t L[] = {407, 408, 411, 414, 416, 417, 418, 409, 410, 412, 413}; NAME(step)(f, I, K, 22, 0, 0, 11, 677, 679, 0, 0, 0.0, L); }
  if (active[449]) { static const int32_t L[] = {-6, 677}; NAME(step)(f, I, K, 19, 0, 0, 2, 678, 690, 0, 0, 0.0, L); }
  if (active[450]) { static const int32_t L[] = {1006, 678}; NAME(step)(f, I, K, 18, 0, 0, 2, 679, 692, 0, 0, 0.0, L); }
  if (active[451]) NAME(step)(f, I, K, 15, 0, 0, 0, 680, KAOHE_LANE_INPUT + 209, 679, 1006, 0.0, 0);
  if (active[452]) NAME(step)(f, I, K, 1, 0, 1, 0, 415, 680, 0, 0, 0.0, 0);
  if (active[453]) NAME(step)(f, I, K, 16, 0, 0, 0, 419, KAOHE_LANE_INPUT + 186, -43, 0, 0.0, 0);
  if (active[454]) { static const int32_t L[] = {407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418}; NAME(step)(f, I, K, 25, 0, 0, 12, 682, 696, KAOHE_LANE_INPUT + 207, 207, 2.0, L); }
  if (active[455]) { static const int32_t L[] = {419}; NAME(step)(f, I, K, 21, 0, 0, 1, 683, 708, 0, 0, 0.0, L); }
  if (active[456]) NAME(step)(f, I, K, 3, 0, 1, 0, 420, 682, 683, 0, 0.0, 0);
  if (active[457]) NAME(step)(f, I, K, 13, 0, 0, 0, 1008, KAOHE_LANE_INPUT + 187, KAOHE_LANE_INPUT + 188, 0, 0.0, 0);
  if (active[458]) NAME(step)(f, I, K, 16, 0, 0, 0, 421, 1008, -5, 0, 0.0, 0);
  if (active[459]) NAME(step)(f, I, K, 2, 0, 0, 0, 1010, KAOHE_LANE_INPUT + 189, 0, 0, 0.0, 0);
  if (active[460]) NAME(step)(f, I, K, 15, 0, 0, 0, 1011, KAOHE_LANE_INPUT + 211, -5, -6, 0.0, 0);
  if (active[461]) NAME(step)(f, I, K, 10, 0, 0, 0, 1012, KAOHE_LANE_INPUT + 190, -5, 0, 0.0, 0);
  if (active[462]) NAME(step)(f, I, K, 9, 0, 0, 0, 1013, KAOHE_LANE_INPUT + 190, -11, 0, 0.0, 0);
  if (active[463]) NAME(step)(f, I, K, 15, 0, 0, 0, 1014, 1013, -11, -6, 0.0, 0);
  if (active[464]) NAME(step)(f, I, K, 15, 0, 0, 0, 1015, 1012, -5, 1014, 0.0, 0);
  if (active[465]) NAME(step)(f, I, K, 15, 0, 0, 0, 423, 1010, 1011, 1015, 0.0, 0);
  if (active[466]) NAME(step)(f, I, K, 5, 0, 0, 0, 1017, -5, KAOHE_LANE_INPUT + 192, 0, 0.0, 0);
  if (active[467]) NAME(step)(f, I, K, 15, 0, 1, 0, 424, KAOHE_LANE_INPUT + 191, -5, 1017, 0.0, 0);
  if (active[468]) NAME(step)(f, I, K, 15, 0, 0, 0, 1019, KAOHE_LANE_INPUT + 187, -6, -5, 0.0, 0);
  if (active[469]) { static const int32_t L[] = {421, 423, 424}; NAME(step)(f, I, K, 22, 0, 0, 3, 685, 709, 0, 0, 0.0, L); }
  if (active[470]) { static const int32_t L[] = {-6, 685}; NAME(step)(f, I, K, 19, 0, 0, 2, 686, 712, 0, 0, 0.0, L); }
  if (active[471]) { static const int32_t L[] = {1019, 686}; NAME(step)(f, I, K, 18, 0, 0, 2, 687, 714, 0, 0, 0.0, L); }
  if (active[472]) NAME(step)(f, I, K, 15, 0, 0, 0, 688, KAOHE_LANE_INPUT + 209, 687, 1019, 0.0, 0);
  if (active[473]) NAME(step)(f, I, K, 1, 0, 1, 0, 422, 688, 0, 0, 0.0, 0);
  if (active[474]) NAME(step)(f, I, K, 16, 0, 0, 0, 425, KAOHE_LANE_INPUT + 193, -44, 0, 0.0, 0);
  if (active[475]) { static const int32_t L[] = {421, 422, 423, 424}; NAME(step)(f, I, K, 25, 0, 0, 4, 690, 716, KAOHE_LANE_INPUT + 207, 212, 3.0, L); }
  if (active[476]) { static const int32_t L[] = {425}; NAME(step)(f, I, K, 21, 0, 0, 1, 691, 720, 0, 0, 0.0, L); }
  if (active[477]) NAME(step)(f, I, K, 3, 0, 1, 0, 426, 690, 691, 0, 0.0, 0);
  if (active[478]) NAME(step)(f, I, K, 16, 0, 0, 0, 429, KAOHE_LANE_INPUT + 194, -5, 0, 0.0, 0);
  if (active[479]) NAME(step)(f, I, K, 16, 0, 0, 0, 430, KAOHE_LANE_INPUT + 195, -5, 0, 0.0, 0);
  if (active[480]) { static const int32_t L[] = {429, 430}; NAME(step)(f, I, K, 25, 0, 1, 2, 431, 721, KAOHE_LANE_INPUT + 207, 215, 2.0, L); }
  if (active[481]) NAME(step)(f, I, K, 16, 0, 0, 0, 433, KAOHE_LANE_INPUT + 196, -41, 0, 0.0, 0);
  if (active[482]) NAME(step)(f, I, K, 16, 0, 0, 0, 434, KAOHE_LANE_INPUT + 197, -13, 0, 0.0, 0);
  if (active[483]) NAME(step)(f, I, K, 16, 0, 0, 0, 435, KAOHE_LANE_INPUT + 198, -13, 0, 0.0, 0);
  if (active[484]) NAME(step)(f, I, K, 16, 0, 0, 0, 436, KAOHE_LANE_INPUT + 199, -13, 0, 0.0, 0);
  if (active[485]) NAME(step)(f, I, K, 16, 0, 0, 0, 437, KAOHE_LANE_INPUT + 200, -13, 0, 0.0, 0);
  if (active[486]) NAME(step)(f, I, K, 2, 0, 0, 0, 1028, KAOHE_LANE_INPUT + 200, 0, 0, 0.0, 0);
  if (active[487]) NAME(step)(f, I, K, 16, 0, 0, 0, 438, 1028, -45, 0, 0.0, 0);
  if (active[488]) NAME(step)(f, I, K, 16, 0, 0, 0, 439, KAOHE_LANE_INPUT + 201, -5, 0, 0.0, 0);
  if (active[489]) NAME(step)(f, I, K, 2, 0, 0, 0, 1031, KAOHE_LANE_INPUT + 201, 0, 0, 0.0, 0);
  if (active[490]) NAME(step)(f, I, K, 16, 0, 0, 0, 440, 1031, -32, 0, 0.0, 0);
  if (active[491]) NAME(step)(f, I, K, 16, 0, 0, 0, 441, KAOHE_LANE_INPUT + 202, -41, 0, 0.0, 0);
  if (active[492]) NAME(step)(f, I, K, 2, 0, 0, 0, 1034, KAOHE_LANE_INPUT + 202, 0, 0, 0.0, 0);
  if (active[493]) NAME(step)(f, I, K, 16, 0, 0, 0, 442, 1034, -32, 0, 0.0, 0);
  if (active[494]) NAME(step)(f, I, K, 16, 0, 0, 0, 443, KAOHE_LANE_INPUT + 203, -41, 0, 0.0, 0);
  if (active[495]) NAME(step)(f, I, K, 5, 0, 0, 0, 1037, -46, KAOHE_LANE_INPUT + 204, 0, 0.0, 0);
  if (active[496]) { static const int32_t L[] = {433, 434, 435, 436, 437, 439, 441, 443}; NAME(step)(f, I, K, 22, 0, 0, 8, 694, 748, 0, 0, 0.0, L); }
  if (active[497]) { static const int32_t L[] = {-6, 694}; NAME(step)(f, I, K, 19, 0, 0, 2, 695, 756, 0, 0, 0.0, L); }
  if (active[498]) { static const int32_t L[] = {1037, 695}; NAME(step)(f, I, K, 18, 0, 0, 2, 696, 758, 0, 0, 0.0, L); }
  if (active[499]) NAME(step)(f, I, K, 15, 0, 0, 0, 697, KAOHE_LANE_INPUT + 209, 696, 1037, 0.0, 0);
  if (active[500]) NAME(step)(f, I, K, 1, 0, 1, 0, 444, 697, 0, 0, 0.0, 0);
  if (active[501]) NAME(step)(f, I, K, 5, 0, 0, 0, 1038, -46, KAOHE_LANE_INPUT + 205, 0, 0.0, 0);
  if (active[502]) { static const int32_t L[] = {433, 434, 435, 436, 437, 439, 441, 443, 444}; NAME(step)(f, I, K, 22, 0, 0, 9, 699, 793, 0, 0, 0.0, L); }
  if (active[503]) { static const int32_t L[] = {-6, 699}; NAME(step)(f, I, K, 19, 0, 0, 2, 700, 802, 0, 0, 0.0, L); }
  if (active[504]) { static const int32_t L[] = {1038, 700}; NAME(step)(f, I, K, 18, 0, 0, 2, 701, 804, 0, 0, 0.0, L); }
  if (active[505]) NAME(step)(f, I, K, 15, 0, 0, 0, 702, KAOHE_LANE_INPUT + 209, 701, 1038, 0.0, 0);
  if (active[506]) NAME(step)(f, I, K, 1, 0, 1, 0, 445, 702, 0, 0, 0.0, 0);
  if (active[507]) NAME(step)(f, I, K, 3, 0, 0, 0, 1039, KAOHE_LANE_INPUT + 205, KAOHE_LANE_INPUT + 206, 0, 0.0, 0);
  if (active[508]) NAME(step)(f, I, K, 3, 0, 0, 0, 1040, 1039, KAOHE_LANE_INPUT + 204, 0, 0.0, 0);
  if (active[509]) NAME(step)(f, I, K, 10, 0, 0, 0, 1041, 1040, -47, 0, 0.0, 0);
  if (active[510]) { static const int32_t L[] = {443, 444, 445}; NAME(step)(f, I, K, 22, 0, 0, 3, 704, 806, 0, 0, 0.0, L); }
  if (active[511]) NAME(step)(f, I, K, 1, 0, 0, 0, 705, 704, 0, 0, 0.0, 0);
  if (active[512]) NAME(step)(f, I, K, 15, 0, 1, 0, 446, 1041, 705, -6, 0.0, 0);
  if (active[513]) { static const int32_t L[] = {433, 434, 435, 436, 437, 439, 441, 443, 444, 445, 446}; NAME(step)(f, I, K, 25, 0, 0, 11, 707, 809, KAOHE_LANE_INPUT + 207, 231, 4.0, L); }
  if (active[514]) { static const int32_t L[] = {438, 440, 442}; NAME(step)(f, I, K, 21, 0, 0, 3, 708, 820, 0, 0, 0.0, L); }
  if (active[515]) NAME(step)(f, I, K, 3, 0, 1, 0, 447, 707, 708, 0, 0.0, 0);
  if (active[516]) { static const int32_t L[] = {218, 223, 225}; NAME(step)(f, I, K, 21, 0, 1, 3, 226, 823, 0, 0, 0.0, L); }
  if (active[517]) { static const int32_t L[] = {230, 234, 239, 241, 255}; NAME(step)(f, I, K, 21, 0, 1, 5, 256, 826, 0, 0, 0.0, L); }
  if (active[518]) { static const int32_t L[] = {226, 256}; NAME(step)(f, I, K, 21, 0, 1, 2, 257, 831, 0, 0, 0.0, L); }
  if (active[519]) { static const int32_t L[] = {261, 263}; NAME(step)(f, I, K, 21, 0, 1, 2, 264, 833, 0, 0, 0.0, L); }
  if (active[520]) { static const int32_t L[] = {268, 271, 277}; NAME(step)(f, I, K, 21, 0, 1, 3, 278, 835, 0, 0, 0.0, L); }
  if (active[521]) { static const int32_t L[] = {264, 278}; NAME(step)(f, I, K, 21, 0, 1, 2, 279, 838, 0, 0, 0.0, L); }
  if (active[522]) { static const int32_t L[] = {284, 287, 291}; NAME(step)(f, I, K, 21, 0, 1, 3, 292, 840, 0, 0, 0.0, L); }
  if (active[523]) { static const int32_t L[] = {295, 297}; NAME(step)(f, I, K, 21, 0, 1, 2, 298, 843, 0, 0, 0.0, L); }
  if (active[524]) { static const int32_t L[] = {292, 298}; NAME(step)(f, I, K, 21, 0, 1, 2, 299, 845, 0, 0, 0.0, L); }
  if (active[525]) { static const int32_t L[] = {301}; NAME(step)(f, I, K, 21, 0, 1, 1, 302, 847, 0, 0, 0.0, L); }
  if (active[526]) { static const int32_t L[] = {309, 314}; NAME(step)(f, I, K, 21, 0, 1, 2, 315, 848, 0, 0, 0.0, L); }
  if (active[527]) { static const int32_t L[] = {319}; NAME(step)(f, I, K, 21, 0, 1, 1, 320, 850, 0, 0, 0.0, L); }
  if (active[528]) { static const int32_t L[] = {327, 339}; NAME(step)(f, I, K, 21, 0, 1, 2, 340, 851, 0, 0, 0.0, L); }
  if (active[529]) { static const int32_t L[] = {302, 315, 320, 340}; NAME(step)(f, I, K, 21, 0, 1, 4, 341, 853, 0, 0, 0.0, L); }
  if (active[530]) { static const int32_t L[] = {350, 366, 369}; NAME(step)(f, I, K, 21, 0, 1, 3, 370, 857, 0, 0, 0.0, L); }
  if (active[531]) { static const int32_t L[] = {372}; NAME(step)(f, I, K, 21, 0, 1, 1, 373, 860, 0, 0, 0.0, L); }
  if (active[532]) { static const int32_t L[] = {375}; NAME(step)(f, I, K, 21, 0, 1, 1, 376, 861, 0, 0, 0.0, L); }
  if (active[533]) { static const int32_t L[] = {370, 373, 376}; NAME(step)(f, I, K, 21, 0, 1, 3, 377, 862, 0, 0, 0.0, L); }
  if (active[534]) { static const int32_t L[] = {381}; NAME(step)(f, I, K, 21, 0, 1, 1, 382, 865, 0, 0, 0.0, L); }
  if (active[535]) { static const int32_t L[] = {392}; NAME(step)(f, I, K, 21, 0, 1, 1, 393, 866, 0, 0, 0.0, L); }
  if (active[536]) { static const int32_t L[] = {382, 393}; NAME(step)(f, I, K, 21, 0, 1, 2, 394, 867, 0, 0, 0.0, L); }
  if (active[537]) { static const int32_t L[] = {399, 403}; NAME(step)(f, I, K, 21, 0, 1, 2, 404, 869, 0, 0, 0.0, L); }
  if (active[538]) { static const int32_t L[] = {406, 420, 426}; NAME(step)(f, I, K, 21, 0, 1, 3, 427, 871, 0, 0, 0.0, L); }
  if (active[539]) { static const int32_t L[] = {404, 427}; NAME(step)(f, I, K, 21, 0, 1, 2, 428, 874, 0, 0, 0.0, L); }
  if (active[540]) { static const int32_t L[] = {431}; NAME(step)(f, I, K, 21, 0, 1, 1, 432, 876, 0, 0, 0.0, L); }
  if (active[541]) { static const int32_t L[] = {447}; NAME(step)(f, I, K, 21, 0, 1, 1, 448, 877, 0, 0, 0.0, L); }
  if (active[542]) { static const int32_t L[] = {432, 448}; NAME(step)(f, I, K, 21, 0, 1, 2, 449, 878, 0, 0, 0.0, L); }
  if (active[543]) { static const int32_t L[] = {257, 279, 299, 341, 377, 394, 428, 449}; NAME(step)(f, I, K, 21, 0, 1, 8, 450, 880, 0, 0, 0.0, L); }
}

// The whole kernel: every step, the temporaries in places from location 1052 on.
static void NAME(yulinGrain2019Whole)(double *f, const double *const *I) {
  const double *K = NAME(yulinGrain2019Constants);
  NAME(step)(f, I, K, 16, 0, 0, 0, 215, KAOHE_LANE_INPUT + 2, -1, 0, 0.0, 0);
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 5, -2, -1, -3, -4, -5}; NAME(step)(f, I, K, 23, 13, 0, 6, 1052, 0, 0, 1, 0.0, L); }
  NAME(step)(f, I, K, 15, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 4, 1052, -6, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 216, KAOHE_LANE_INPUT + 3, -1, 1053, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 217, KAOHE_LANE_INPUT + 6, -4, 0, 0.0, 0);
  { static const int32_t L[] = {215, 216, 217}; NAME(step)(f, I, K, 25, 0, 1, 3, 218, 6, KAOHE_LANE_INPUT + 207, 3, 8.0, L); }
  NAME(step)(f, I, K, 4, 0, 0, 0, 1053, -5, KAOHE_LANE_INPUT + 7, 0, 0.0, 0);
  NAME(step)(f, I, K, 11, 0, 0, 0, 1052, KAOHE_LANE_INPUT + 208, -5, 0, 0.0, 0);
  { static const int32_t L[] = {-5, -7, -7, 1053, -6, 1052}; NAME(step)(f, I, K, 23, 10, 0, 6, 219, 9, 0, 4, 0.0, L); }
  NAME(step)(f, I, K, 10, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 9, -7, 0, 0.0, 0);
  NAME(step)(f, I, K, 9, 0, 0, 0, 1054, KAOHE_LANE_INPUT + 9, -6, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1055, 1054, -8, -6, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1054, 1053, -5, 1055, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 220, KAOHE_LANE_INPUT + 8, -5, 1054, 0.0, 0);
  NAME(step)(f, I, K, 6, 0, 0, 0, 1054, KAOHE_LANE_INPUT + 10, -9, 0, 0.0, 0);
  NAME(step)(f, I, K, 6, 0, 0, 0, 1055, KAOHE_LANE_INPUT + 11, 1054, 0, 0.0, 0);
  { static const int32_t L[] = {1055, -5, -10, -11, -12, -6}; NAME(step)(f, I, K, 23, 12, 0, 6, 221, 15, 0, 5, 0.0, L); }
  NAME(step)(f, I, K, 11, 0, 0, 0, 1055, KAOHE_LANE_INPUT + 12, -6, 0, 0.0, 0);
  NAME(step)(f, I, K, 11, 0, 0, 0, 1054, KAOHE_LANE_INPUT + 12, -5, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1053, 1054, -13, -6, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 222, 1055, -11, 1053, 0.0, 0);
  { static const int32_t L[] = {219, 220, 221, 222}; NAME(step)(f, I, K, 25, 0, 1, 4, 223, 21, KAOHE_LANE_INPUT + 207, 6, 4.0, L); }
  NAME(step)(f, I, K, 10, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 13, -6, 0, 0.0, 0);
  { static const int32_t L[] = {-14, -13, -7, KAOHE_LANE_INPUT + 13, -1, 1052}; NAME(step)(f, I, K, 23, 11, 0, 6, 1055, 25, 0, 7, 0.0, L); }
  NAME(step)(f, I, K, 1, 0, 0, 0, 1054, KAOHE_LANE_INPUT + 13, 0, 0, 0.0, 0);
  { static const int32_t L[] = {-14, -11, -7, 1054, -6, 1052}; NAME(step)(f, I, K, 23, 10, 0, 6, 1056, 31, 0, 8, 0.0, L); }
  NAME(step)(f, I, K, 15, 0, 0, 0, 224, 1053, 1055, 1056, 0.0, 0);
  { static const int32_t L[] = {224}; NAME(step)(f, I, K, 25, 0, 1, 1, 225, 37, KAOHE_LANE_INPUT + 207, 9, 3.0, L); }
  NAME(step)(f, I, K, 7, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 14, -15, 0, 0.0, 0);
  NAME(step)(f, I, K, 4, 0, 0, 0, 1055, -16, KAOHE_LANE_INPUT + 14, 0, 0.0, 0);
  { static const int32_t L[] = {-17, -11, -18, 1055, -6, 1052}; NAME(step)(f, I, K, 23, 10, 0, 6, 1053, 38, 0, 10, 0.0, L); }
  NAME(step)(f, I, K, 15, 0, 0, 0, 227, 1056, -6, 1053, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 228, KAOHE_LANE_INPUT + 15, -11, 0, 0.0, 0);
  NAME(step)(f, I, K, 10, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 16, -19, 0, 0.0, 0);
  NAME(step)(f, I, K, 10, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 17, -6, 0, 0.0, 0);
  NAME(step)(f, I, K, 13, 0, 0, 0, 1055, 1053, 1056, 0, 0.0, 0);
  NAME(step)(f, I, K, 7, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 16, -19, 0, 0.0, 0);
  NAME(step)(f, I, K, 10, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 17, -18, 0, 0.0, 0);
  NAME(step)(f, I, K, 13, 0, 0, 0, 1054, 1056, 1053, 0, 0.0, 0);
  NAME(step)(f, I, K, 14, 0, 0, 0, 1053, 1055, 1054, 0, 0.0, 0);
  NAME(step)(f, I, K, 5, 0, 0, 0, 1054, -4, KAOHE_LANE_INPUT + 18, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 1, 0, 229, 1053, -4, 1054, 0.0, 0);
  { static const int32_t L[] = {227, 228, 229}; NAME(step)(f, I, K, 25, 0, 1, 3, 230, 44, KAOHE_LANE_INPUT + 207, 12, 5.0, L); }
  NAME(step)(f, I, K, 1, 0, 0, 0, 1054, KAOHE_LANE_INPUT + 19, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 4, 0, 0, 0, 1053, 1054, KAOHE_LANE_INPUT + 20, 0, 0.0, 0);
  { static const int32_t L[] = {-4, -20, -18, 1053, -21, 1052}; NAME(step)(f, I, K, 23, 10, 0, 6, 231, 47, 0, 13, 0.0, L); }
  NAME(step)(f, I, K, 1, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 21, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 4, 0, 0, 0, 1054, 1053, KAOHE_LANE_INPUT + 22, 0, 0.0, 0);
  { static const int32_t L[] = {-4, -20, -18, 1054, -21, 1052}; NAME(step)(f, I, K, 23, 10, 0, 6, 232, 53, 0, 14, 0.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 24, -5, -4, -15, -22, -8}; NAME(step)(f, I, K, 23, 12, 0, 6, 1054, 59, 0, 15, 0.0, L); }
  NAME(step)(f, I, K, 15, 0, 0, 0, 233, KAOHE_LANE_INPUT + 23, 1054, -6, 0.0, 0);
  { static const int32_t L[] = {231, 232, 233}; NAME(step)(f, I, K, 25, 0, 1, 3, 234, 65, KAOHE_LANE_INPUT + 207, 16, 6.0, L); }
  NAME(step)(f, I, K, 11, 0, 0, 0, 1054, KAOHE_LANE_INPUT + 0, -6, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1053, 1054, KAOHE_LANE_INPUT + 25, KAOHE_LANE_INPUT + 26, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 235, 1053, -5, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 236, KAOHE_LANE_INPUT + 27, -5, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 28, KAOHE_LANE_INPUT + 29, KAOHE_LANE_INPUT + 30, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 237, 1053, -10, 0, 0.0, 0);
  NAME(step)(f, I, K, 4, 0, 0, 0, 1053, -5, KAOHE_LANE_INPUT + 31, 0, 0.0, 0);
  { static const int32_t L[] = {-11, -7, -7, 1053, -6, 1052}; NAME(step)(f, I, K, 23, 10, 0, 6, 238, 68, 0, 20, 0.0, L); }
  { static const int32_t L[] = {235, 236, 237, 238}; NAME(step)(f, I, K, 25, 0, 1, 4, 239, 74, KAOHE_LANE_INPUT + 207, 21, 4.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 32, -5, -1, -6}; NAME(step)(f, I, K, 23, 14, 0, 4, 240, 78, 0, 22, 0.0, L); }
  { static const int32_t L[] = {240}; NAME(step)(f, I, K, 25, 0, 1, 1, 241, 82, KAOHE_LANE_INPUT + 207, 23, 3.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 34, -15, -11, -6}; NAME(step)(f, I, K, 23, 14, 0, 4, 1053, 83, 0, 24, 0.0, L); }
  NAME(step)(f, I, K, 15, 0, 0, 0, 242, KAOHE_LANE_INPUT + 33, 1053, -6, 0.0, 0);
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 35, -5, -6, -19, -18, -23, -24, -11, -25, -26}; NAME(step)(f, I, K, 23, 12, 0, 10, 1053, 87, 0, 25, 0.0, L); }
  { static const int32_t L[] = {242, 1053}; NAME(step)(f, I, K, 18, 0, 0, 2, 1052, 97, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 1, 0, 0, 0, 1053, 1052, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 1, 0, 243, KAOHE_LANE_INPUT + 33, 1053, -6, 0.0, 0);
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 37, -8, -11, -6}; NAME(step)(f, I, K, 23, 14, 0, 4, 1053, 99, 0, 27, 0.0, L); }
  NAME(step)(f, I, K, 15, 0, 0, 0, 244, KAOHE_LANE_INPUT + 36, 1053, -6, 0.0, 0);
  NAME(step)(f, I, K, 10, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 38, -6, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1052, KAOHE_LANE_INPUT + 33, -6, -27, 0.0, 0);
  NAME(step)(f, I, K, 3, 0, 0, 0, 1054, -11, 1052, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1055, KAOHE_LANE_INPUT + 36, -6, -27, 0.0, 0);
  NAME(step)(f, I, K, 3, 0, 0, 0, 1056, 1054, 1055, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 1, 0, 245, 1053, 1056, 0, 0.0, 0);
  NAME(step)(f, I, K, 3, 0, 0, 0, 1056, -20, 1052, 0, 0.0, 0);
  NAME(step)(f, I, K, 3, 0, 0, 0, 1052, 1056, 1055, 0, 0.0, 0);
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 39, -5, 1052, -6}; NAME(step)(f, I, K, 23, 14, 1, 4, 246, 103, 0, 29, 0.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 40, -5, -22, -6}; NAME(step)(f, I, K, 23, 14, 0, 4, 247, 107, 0, 30, 0.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 42, -5, -28, -11}; NAME(step)(f, I, K, 23, 14, 0, 4, 1052, 111, 0, 31, 0.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 48, -5, -28, -11}; NAME(step)(f, I, K, 23, 14, 0, 4, 1056, 115, 0, 32, 0.0, L); }
  { static const int32_t L[] = {1052, KAOHE_LANE_INPUT + 41, 1056, KAOHE_LANE_INPUT + 47}; NAME(step)(f, I, K, 23, 16, 0, 4, 248, 119, 0, 33, 0.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 43, -5, -29, -6}; NAME(step)(f, I, K, 23, 14, 0, 4, 1056, 123, 0, 34, 0.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 49, -5, -29, -6}; NAME(step)(f, I, K, 23, 14, 0, 4, 1052, 127, 0, 35, 0.0, L); }
  { static const int32_t L[] = {1056, KAOHE_LANE_INPUT + 41, 1052, KAOHE_LANE_INPUT + 47}; NAME(step)(f, I, K, 23, 16, 0, 4, 249, 131, 0, 36, 0.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 44, -5, -29, -6}; NAME(step)(f, I, K, 23, 14, 0, 4, 1052, 135, 0, 37, 0.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 50, -5, -29, -6}; NAME(step)(f, I, K, 23, 14, 0, 4, 1056, 139, 0, 38, 0.0, L); }
  { static const int32_t L[] = {1052, KAOHE_LANE_INPUT + 41, 1056, KAOHE_LANE_INPUT + 47}; NAME(step)(f, I, K, 23, 16, 0, 4, 250, 143, 0, 39, 0.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 45, -5, -30, -6}; NAME(step)(f, I, K, 23, 14, 0, 4, 1056, 147, 0, 40, 0.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 51, -5, -30, -6}; NAME(step)(f, I, K, 23, 14, 0, 4, 1052, 151, 0, 41, 0.0, L); }
  { static const int32_t L[] = {1056, KAOHE_LANE_INPUT + 41, 1052, KAOHE_LANE_INPUT + 47}; NAME(step)(f, I, K, 23, 16, 0, 4, 251, 155, 0, 42, 0.0, L); }
  NAME(step)(f, I, K, 11, 0, 0, 0, 1052, KAOHE_LANE_INPUT + 46, -6, 0, 0.0, 0);
  NAME(step)(f, I, K, 11, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 46, -5, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1055, 1056, -31, -6, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1056, 1052, -30, 1055, 0.0, 0);
  NAME(step)(f, I, K, 11, 0, 0, 0, 1055, KAOHE_LANE_INPUT + 52, -6, 0, 0.0, 0);
  NAME(step)(f, I, K, 11, 0, 0, 0, 1052, KAOHE_LANE_INPUT + 52, -5, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1053, 1052, -31, -6, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1052, 1055, -30, 1053, 0.0, 0);
  { static const int32_t L[] = {1056, KAOHE_LANE_INPUT + 41, 1052, KAOHE_LANE_INPUT + 47}; NAME(step)(f, I, K, 23, 16, 0, 4, 252, 159, 0, 43, 0.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 253, KAOHE_LANE_INPUT + 53, -31, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 254, KAOHE_LANE_INPUT + 54, -31, 0, 0.0, 0);
  { static const int32_t L[] = {242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254}; NAME(step)(f, I, K, 25, 0, 1, 13, 255, 163, KAOHE_LANE_INPUT + 207, 46, 5.0, L); }
  NAME(step)(f, I, K, 10, 0, 0, 0, 1052, KAOHE_LANE_INPUT + 56, -16, 0, 0.0, 0);
  NAME(step)(f, I, K, 13, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 55, 1052, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 1052, 1056, -11, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 258, KAOHE_LANE_INPUT + 58, -6, 1052, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 1052, KAOHE_LANE_INPUT + 57, -11, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 259, KAOHE_LANE_INPUT + 58, -6, 1052, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 260, KAOHE_LANE_INPUT + 58, -32, 0, 0.0, 0);
  { static const int32_t L[] = {258, 259}; NAME(step)(f, I, K, 25, 0, 0, 2, 1052, 176, KAOHE_LANE_INPUT + 207, 50, 1.0, L); }
  { static const int32_t L[] = {260}; NAME(step)(f, I, K, 21, 0, 0, 1, 1056, 178, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 3, 0, 1, 0, 261, 1052, 1056, 0, 0.0, 0);
  NAME(step)(f, I, K, 13, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 59, KAOHE_LANE_INPUT + 60, 0, 0.0, 0);
  NAME(step)(f, I, K, 9, 0, 0, 0, 1052, KAOHE_LANE_INPUT + 61, -19, 0, 0.0, 0);
  NAME(step)(f, I, K, 13, 0, 0, 0, 1053, 1056, 1052, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 262, 1053, -5, 0, 0.0, 0);
  { static const int32_t L[] = {262}; NAME(step)(f, I, K, 25, 0, 1, 1, 263, 179, KAOHE_LANE_INPUT + 207, 52, 1.0, L); }
  NAME(step)(f, I, K, 2, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 63, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 13, 0, 0, 0, 1052, KAOHE_LANE_INPUT + 62, 1053, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 265, 1052, -17, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 266, KAOHE_LANE_INPUT + 64, -32, 0, 0.0, 0);
  NAME(step)(f, I, K, 13, 0, 0, 0, 1052, KAOHE_LANE_INPUT + 64, KAOHE_LANE_INPUT + 65, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 267, 1052, -21, 0, 0.0, 0);
  { static const int32_t L[] = {265}; NAME(step)(f, I, K, 25, 0, 0, 1, 1052, 180, KAOHE_LANE_INPUT + 207, 56, 2.0, L); }
  { static const int32_t L[] = {266, 267}; NAME(step)(f, I, K, 21, 0, 0, 2, 1053, 181, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 3, 0, 1, 0, 268, 1052, 1053, 0, 0.0, 0);
  NAME(step)(f, I, K, 11, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 212, -6, 0, 0.0, 0);
  NAME(step)(f, I, K, 2, 0, 0, 0, 1052, KAOHE_LANE_INPUT + 66, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 13, 0, 0, 0, 1056, 1053, 1052, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 67, -11, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 269, 1056, -6, 1053, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 270, 1052, -11, 0, 0.0, 0);
  { static const int32_t L[] = {269, 270}; NAME(step)(f, I, K, 25, 0, 1, 2, 271, 183, KAOHE_LANE_INPUT + 207, 59, 1.0, L); }
  NAME(step)(f, I, K, 11, 0, 0, 0, 1052, KAOHE_LANE_INPUT + 210, -6, 0, 0.0, 0);
  NAME(step)(f, I, K, 13, 0, 0, 0, 1053, 1052, KAOHE_LANE_INPUT + 72, 0, 0.0, 0);
  NAME(step)(f, I, K, 14, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 70, 1053, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 68, -27, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 272, 1056, -6, 1053, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 69, -27, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 273, 1056, -6, 1053, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 274, KAOHE_LANE_INPUT + 70, -33, 0, 0.0, 0);
  NAME(step)(f, I, K, 13, 0, 0, 0, 1053, 1052, KAOHE_LANE_INPUT + 70, 0, 0.0, 0);
  NAME(step)(f, I, K, 14, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 72, 1053, 0, 0.0, 0);
  NAME(step)(f, I, K, 2, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 71, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 1055, 1053, -11, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 275, 1056, -6, 1055, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 276, KAOHE_LANE_INPUT + 72, -33, 0, 0.0, 0);
  { static const int32_t L[] = {272, 273, 275}; NAME(step)(f, I, K, 25, 0, 0, 3, 1055, 185, KAOHE_LANE_INPUT + 207, 65, 1.0, L); }
  { static const int32_t L[] = {274, 276}; NAME(step)(f, I, K, 21, 0, 0, 2, 1056, 188, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 3, 0, 1, 0, 277, 1055, 1056, 0, 0.0, 0);
  NAME(step)(f, I, K, 10, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 73, -5, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 280, 1056, -1, 0, 0.0, 0);
  NAME(step)(f, I, K, 10, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 74, -23, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 281, 1056, -5, 0, 0.0, 0);
  NAME(step)(f, I, K, 11, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 213, -6, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1055, 1056, -34, -35, 0.0, 0);
  NAME(step)(f, I, K, 8, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 75, 1055, 0, 0.0, 0);
  NAME(step)(f, I, K, 5, 0, 0, 0, 1055, -5, KAOHE_LANE_INPUT + 76, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 1, 0, 282, 1056, -5, 1055, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 283, KAOHE_LANE_INPUT + 77, -5, 0, 0.0, 0);
  { static const int32_t L[] = {280, 281, 282, 283}; NAME(step)(f, I, K, 25, 0, 1, 4, 284, 190, KAOHE_LANE_INPUT + 207, 69, 4.0, L); }
  NAME(step)(f, I, K, 15, 0, 0, 0, 1055, KAOHE_LANE_INPUT + 78, -6, -4, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 78, -21, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 285, KAOHE_LANE_INPUT + 214, 1055, 1056, 0.0, 0);
  NAME(step)(f, I, K, 13, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 78, KAOHE_LANE_INPUT + 79, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 286, 1056, -21, 0, 0.0, 0);
  { static const int32_t L[] = {285}; NAME(step)(f, I, K, 25, 0, 0, 1, 1056, 194, KAOHE_LANE_INPUT + 207, 72, 2.0, L); }
  { static const int32_t L[] = {286}; NAME(step)(f, I, K, 21, 0, 0, 1, 1055, 195, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 3, 0, 1, 0, 287, 1056, 1055, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 288, KAOHE_LANE_INPUT + 80, -4, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 289, KAOHE_LANE_INPUT + 81, -4, 0, 0.0, 0);
  NAME(step)(f, I, K, 2, 0, 0, 0, 1055, KAOHE_LANE_INPUT + 81, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 290, 1055, -36, 0, 0.0, 0);
  { static const int32_t L[] = {288, 289}; NAME(step)(f, I, K, 25, 0, 0, 2, 1055, 196, KAOHE_LANE_INPUT + 207, 76, 4.0, L); }
  { static const int32_t L[] = {290}; NAME(step)(f, I, K, 21, 0, 0, 1, 1056, 198, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 3, 0, 1, 0, 291, 1055, 1056, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 293, KAOHE_LANE_INPUT + 82, -11, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 294, KAOHE_LANE_INPUT + 83, -11, 0, 0.0, 0);
  { static const int32_t L[] = {293, 294}; NAME(step)(f, I, K, 25, 0, 1, 2, 295, 199, KAOHE_LANE_INPUT + 207, 79, 1.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 296, KAOHE_LANE_INPUT + 84, -5, 0, 0.0, 0);
  { static const int32_t L[] = {296}; NAME(step)(f, I, K, 25, 0, 1, 1, 297, 201, KAOHE_LANE_INPUT + 207, 81, 1.0, L); }
  NAME(step)(f, I, K, 13, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 85, KAOHE_LANE_INPUT + 86, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 300, 1056, -4, 0, 0.0, 0);
  { static const int32_t L[] = {300}; NAME(step)(f, I, K, 25, 0, 1, 1, 301, 202, KAOHE_LANE_INPUT + 207, 83, 2.0, L); }
  NAME(step)(f, I, K, 13, 0, 0, 0, 1056, 1052, KAOHE_LANE_INPUT + 93, 0, 0.0, 0);
  NAME(step)(f, I, K, 13, 0, 0, 0, 1055, KAOHE_LANE_INPUT + 87, KAOHE_LANE_INPUT + 88, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 1053, 1055, -5, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 303, 1056, -6, 1053, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 89, -11, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 304, 1056, -6, 1053, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 90, -11, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 305, KAOHE_LANE_INPUT + 93, -6, 1053, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 91, -11, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 306, KAOHE_LANE_INPUT + 93, -6, 1053, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 92, -11, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 307, KAOHE_LANE_INPUT + 93, -6, 1053, 0.0, 0);
  NAME(step)(f, I, K, 13, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 93, KAOHE_LANE_INPUT + 94, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 308, 1053, -37, 0, 0.0, 0);
  { static const int32_t L[] = {303, 304, 305, 306, 307}; NAME(step)(f, I, K, 25, 0, 0, 5, 1053, 203, KAOHE_LANE_INPUT + 207, 90, 3.0, L); }
  { static const int32_t L[] = {308}; NAME(step)(f, I, K, 21, 0, 0, 1, 1056, 208, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 3, 0, 1, 0, 309, 1053, 1056, 0, 0.0, 0);
  NAME(step)(f, I, K, 10, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 95, -9, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 1053, 1056, -5, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 310, KAOHE_LANE_INPUT + 1, -6, 1053, 0.0, 0);
  NAME(step)(f, I, K, 7, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 95, -9, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 1056, 1053, -32, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 311, KAOHE_LANE_INPUT + 1, -6, 1056, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 96, -5, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 312, KAOHE_LANE_INPUT + 1, 1056, -6, 0.0, 0);
  NAME(step)(f, I, K, 2, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 96, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 1053, 1056, -32, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 313, KAOHE_LANE_INPUT + 1, 1053, -6, 0.0, 0);
  { static const int32_t L[] = {310, 312}; NAME(step)(f, I, K, 25, 0, 0, 2, 1053, 209, KAOHE_LANE_INPUT + 207, 95, 1.0, L); }
  { static const int32_t L[] = {311, 313}; NAME(step)(f, I, K, 21, 0, 0, 2, 1056, 211, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 3, 0, 1, 0, 314, 1053, 1056, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 97, -5, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 316, KAOHE_LANE_INPUT + 99, -6, 1056, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 98, -5, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 317, KAOHE_LANE_INPUT + 99, -6, 1056, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 318, KAOHE_LANE_INPUT + 99, -32, 0, 0.0, 0);
  { static const int32_t L[] = {316, 317}; NAME(step)(f, I, K, 25, 0, 0, 2, 1056, 213, KAOHE_LANE_INPUT + 207, 99, 2.0, L); }
  { static const int32_t L[] = {318}; NAME(step)(f, I, K, 21, 0, 0, 1, 1053, 215, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 3, 0, 1, 0, 319, 1056, 1053, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 321, KAOHE_LANE_INPUT + 100, -5, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 322, KAOHE_LANE_INPUT + 101, -38, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 323, KAOHE_LANE_INPUT + 102, -11, 0, 0.0, 0);
  NAME(step)(f, I, K, 11, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 103, -6, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 211, -39, -6, 0.0, 0);
  NAME(step)(f, I, K, 11, 0, 0, 0, 1055, KAOHE_LANE_INPUT + 103, -5, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 1054, 1055, -39, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 324, 1053, 1056, 1054, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 325, KAOHE_LANE_INPUT + 104, -32, 0, 0.0, 0);
  NAME(step)(f, I, K, 13, 0, 0, 0, 1054, KAOHE_LANE_INPUT + 104, KAOHE_LANE_INPUT + 105, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 326, 1054, -32, 0, 0.0, 0);
  { static const int32_t L[] = {321, 322, 323, 324}; NAME(step)(f, I, K, 25, 0, 0, 4, 1054, 216, KAOHE_LANE_INPUT + 207, 106, 2.0, L); }
  { static const int32_t L[] = {325, 326}; NAME(step)(f, I, K, 21, 0, 0, 2, 1056, 220, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 3, 0, 1, 0, 327, 1054, 1056, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 328, KAOHE_LANE_INPUT + 106, -20, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 329, KAOHE_LANE_INPUT + 107, -20, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 330, KAOHE_LANE_INPUT + 108, -20, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 331, KAOHE_LANE_INPUT + 109, -20, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 110, KAOHE_LANE_INPUT + 112, KAOHE_LANE_INPUT + 111, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 332, 1056, -20, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 113, KAOHE_LANE_INPUT + 114, -6, 0.0, 0);
  { static const int32_t L[] = {328, 329, 330, 331, 332}; NAME(step)(f, I, K, 22, 0, 0, 5, 1054, 229, 0, 0, 0.0, L); }
  { static const int32_t L[] = {-6, 1054}; NAME(step)(f, I, K, 19, 0, 0, 2, 1053, 234, 0, 0, 0.0, L); }
  { static const int32_t L[] = {1056, 1053}; NAME(step)(f, I, K, 18, 0, 0, 2, 1054, 236, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 15, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 209, 1054, 1056, 0.0, 0);
  NAME(step)(f, I, K, 1, 0, 1, 0, 333, 1053, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 115, -5, -6, 0.0, 0);
  { static const int32_t L[] = {328, 329, 330, 331, 332, 333}; NAME(step)(f, I, K, 22, 0, 0, 6, 1054, 250, 0, 0, 0.0, L); }
  { static const int32_t L[] = {-6, 1054}; NAME(step)(f, I, K, 19, 0, 0, 2, 1056, 256, 0, 0, 0.0, L); }
  { static const int32_t L[] = {1053, 1056}; NAME(step)(f, I, K, 18, 0, 0, 2, 1054, 258, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 15, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 209, 1054, 1053, 0.0, 0);
  NAME(step)(f, I, K, 1, 0, 1, 0, 334, 1056, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 116, -11, -6, 0.0, 0);
  { static const int32_t L[] = {328, 329, 330, 331, 332, 333, 334}; NAME(step)(f, I, K, 22, 0, 0, 7, 1054, 278, 0, 0, 0.0, L); }
  { static const int32_t L[] = {-6, 1054}; NAME(step)(f, I, K, 19, 0, 0, 2, 1053, 285, 0, 0, 0.0, L); }
  { static const int32_t L[] = {1056, 1053}; NAME(step)(f, I, K, 18, 0, 0, 2, 1054, 287, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 15, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 209, 1054, 1056, 0.0, 0);
  NAME(step)(f, I, K, 1, 0, 1, 0, 335, 1053, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 117, -5, -6, 0.0, 0);
  { static const int32_t L[] = {328, 329, 330, 331, 332, 333, 334, 335}; NAME(step)(f, I, K, 22, 0, 0, 8, 1054, 314, 0, 0, 0.0, L); }
  { static const int32_t L[] = {-6, 1054}; NAME(step)(f, I, K, 19, 0, 0, 2, 1056, 322, 0, 0, 0.0, L); }
  { static const int32_t L[] = {1053, 1056}; NAME(step)(f, I, K, 18, 0, 0, 2, 1054, 324, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 15, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 209, 1054, 1053, 0.0, 0);
  NAME(step)(f, I, K, 1, 0, 1, 0, 336, 1056, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 337, KAOHE_LANE_INPUT + 118, -32, 0, 0.0, 0);
  NAME(step)(f, I, K, 13, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 118, KAOHE_LANE_INPUT + 119, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 338, 1056, -32, 0, 0.0, 0);
  { static const int32_t L[] = {328, 329, 330, 331, 332, 333, 334, 335, 336}; NAME(step)(f, I, K, 25, 0, 0, 9, 1056, 326, KAOHE_LANE_INPUT + 207, 122, 2.0, L); }
  { static const int32_t L[] = {337, 338}; NAME(step)(f, I, K, 21, 0, 0, 2, 1054, 335, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 3, 0, 1, 0, 339, 1056, 1054, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 342, KAOHE_LANE_INPUT + 120, -4, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1054, KAOHE_LANE_INPUT + 122, -27, -6, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 121, 1054, -6, 0.0, 0);
  { static const int32_t L[] = {-6, 342}; NAME(step)(f, I, K, 19, 0, 0, 2, 1054, 337, 0, 0, 0.0, L); }
  { static const int32_t L[] = {1056, 1054}; NAME(step)(f, I, K, 18, 0, 0, 2, 1053, 339, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 1, 0, 1, 0, 343, 1053, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 123, -27, -6, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1054, KAOHE_LANE_INPUT + 121, 1053, -6, 0.0, 0);
  NAME(step)(f, I, K, 3, 0, 0, 0, 1053, 342, 343, 0, 0.0, 0);
  { static const int32_t L[] = {-6, 1053}; NAME(step)(f, I, K, 19, 0, 0, 2, 1056, 341, 0, 0, 0.0, L); }
  { static const int32_t L[] = {1054, 1056}; NAME(step)(f, I, K, 18, 0, 0, 2, 1053, 343, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 1, 0, 1, 0, 344, 1053, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 5, 0, 0, 0, 1053, -5, KAOHE_LANE_INPUT + 124, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 121, 1053, -6, 0.0, 0);
  { static const int32_t L[] = {342, 343, 344}; NAME(step)(f, I, K, 22, 0, 0, 3, 1053, 345, 0, 0, 0.0, L); }
  { static const int32_t L[] = {-6, 1053}; NAME(step)(f, I, K, 19, 0, 0, 2, 1054, 348, 0, 0, 0.0, L); }
  { static const int32_t L[] = {1056, 1054}; NAME(step)(f, I, K, 18, 0, 0, 2, 1053, 350, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 1, 0, 1, 0, 345, 1053, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 125, -27, -6, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1054, KAOHE_LANE_INPUT + 121, 1053, -6, 0.0, 0);
  { static const int32_t L[] = {342, 343, 344, 345}; NAME(step)(f, I, K, 22, 0, 0, 4, 1053, 355, 0, 0, 0.0, L); }
  { static const int32_t L[] = {-6, 1053}; NAME(step)(f, I, K, 19, 0, 0, 2, 1056, 359, 0, 0, 0.0, L); }
  { static const int32_t L[] = {1054, 1056}; NAME(step)(f, I, K, 18, 0, 0, 2, 1053, 361, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 1, 0, 1, 0, 346, 1053, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 5, 0, 0, 0, 1053, -27, KAOHE_LANE_INPUT + 126, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 121, 1053, -6, 0.0, 0);
  { static const int32_t L[] = {342, 343, 344, 345, 346}; NAME(step)(f, I, K, 22, 0, 0, 5, 1053, 370, 0, 0, 0.0, L); }
  { static const int32_t L[] = {-6, 1053}; NAME(step)(f, I, K, 19, 0, 0, 2, 1054, 375, 0, 0, 0.0, L); }
  { static const int32_t L[] = {1056, 1054}; NAME(step)(f, I, K, 18, 0, 0, 2, 1053, 377, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 1, 0, 1, 0, 347, 1053, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 5, 0, 0, 0, 1053, -11, KAOHE_LANE_INPUT + 127, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1054, KAOHE_LANE_INPUT + 121, 1053, -6, 0.0, 0);
  { static const int32_t L[] = {342, 343, 344, 345, 346, 347}; NAME(step)(f, I, K, 22, 0, 0, 6, 1053, 391, 0, 0, 0.0, L); }
  { static const int32_t L[] = {-6, 1053}; NAME(step)(f, I, K, 19, 0, 0, 2, 1056, 397, 0, 0, 0.0, L); }
  { static const int32_t L[] = {1054, 1056}; NAME(step)(f, I, K, 18, 0, 0, 2, 1053, 399, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 1, 0, 1, 0, 348, 1053, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 5, 0, 0, 0, 1053, -27, KAOHE_LANE_INPUT + 128, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 121, 1053, -6, 0.0, 0);
  { static const int32_t L[] = {342, 343, 344, 345, 346, 347, 348}; NAME(step)(f, I, K, 22, 0, 0, 7, 1053, 419, 0, 0, 0.0, L); }
  { static const int32_t L[] = {-6, 1053}; NAME(step)(f, I, K, 19, 0, 0, 2, 1054, 426, 0, 0, 0.0, L); }
  { static const int32_t L[] = {1056, 1054}; NAME(step)(f, I, K, 18, 0, 0, 2, 1053, 428, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 1, 0, 1, 0, 349, 1053, 0, 0, 0.0, 0);
  { static const int32_t L[] = {342, 343, 344, 345, 346, 347, 348, 349}; NAME(step)(f, I, K, 25, 0, 1, 8, 350, 430, KAOHE_LANE_INPUT + 207, 138, 2.0, L); }
  NAME(step)(f, I, K, 13, 0, 0, 0, 1053, 1052, KAOHE_LANE_INPUT + 138, 0, 0.0, 0);
  NAME(step)(f, I, K, 11, 0, 0, 0, 1052, KAOHE_LANE_INPUT + 129, -4, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1054, 1052, -6, -11, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 351, 1053, -6, 1054, 0.0, 0);
  NAME(step)(f, I, K, 11, 0, 0, 0, 1054, KAOHE_LANE_INPUT + 129, -5, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1052, 1054, -40, -6, 0.0, 0);
  { static const int32_t L[] = {-6, 351}; NAME(step)(f, I, K, 19, 0, 0, 2, 1054, 438, 0, 0, 0.0, L); }
  { static const int32_t L[] = {1052, 1054}; NAME(step)(f, I, K, 18, 0, 0, 2, 1056, 440, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 1, 0, 1, 0, 352, 1056, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 130, -6, -13, 0.0, 0);
  NAME(step)(f, I, K, 3, 0, 0, 0, 1054, 351, 352, 0, 0.0, 0);
  { static const int32_t L[] = {-6, 1054}; NAME(step)(f, I, K, 19, 0, 0, 2, 1052, 442, 0, 0, 0.0, L); }
  { static const int32_t L[] = {1056, 1052}; NAME(step)(f, I, K, 18, 0, 0, 2, 1054, 444, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 1, 0, 1, 0, 353, 1054, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1054, KAOHE_LANE_INPUT + 131, -6, -13, 0.0, 0);
  { static const int32_t L[] = {351, 352, 353}; NAME(step)(f, I, K, 22, 0, 0, 3, 1052, 446, 0, 0, 0.0, L); }
  { static const int32_t L[] = {-6, 1052}; NAME(step)(f, I, K, 19, 0, 0, 2, 1056, 449, 0, 0, 0.0, L); }
  { static const int32_t L[] = {1054, 1056}; NAME(step)(f, I, K, 18, 0, 0, 2, 1052, 451, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 1, 0, 1, 0, 354, 1052, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1052, KAOHE_LANE_INPUT + 132, -11, -6, 0.0, 0);
  { static const int32_t L[] = {351, 352, 353, 354}; NAME(step)(f, I, K, 22, 0, 0, 4, 1056, 456, 0, 0, 0.0, L); }
  { static const int32_t L[] = {-6, 1056}; NAME(step)(f, I, K, 19, 0, 0, 2, 1054, 460, 0, 0, 0.0, L); }
  { static const int32_t L[] = {1052, 1054}; NAME(step)(f, I, K, 18, 0, 0, 2, 1056, 462, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 1, 0, 1, 0, 355, 1056, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 2, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 133, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 14, 0, 0, 0, 1054, KAOHE_LANE_INPUT + 138, 1056, 0, 0.0, 0);
  NAME(step)(f, I, K, 11, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 134, -6, 0, 0.0, 0);
  NAME(step)(f, I, K, 11, 0, 0, 0, 1052, KAOHE_LANE_INPUT + 134, -5, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1055, 1052, -38, -6, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1052, 1056, -27, 1055, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 356, 1054, -6, 1052, 0.0, 0);
  NAME(step)(f, I, K, 11, 0, 0, 0, 1052, KAOHE_LANE_INPUT + 135, -6, 0, 0.0, 0);
  NAME(step)(f, I, K, 11, 0, 0, 0, 1055, KAOHE_LANE_INPUT + 135, -5, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1056, 1055, -7, -6, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1055, 1052, -27, 1056, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 357, 1054, -6, 1055, 0.0, 0);
  NAME(step)(f, I, K, 14, 0, 0, 0, 1055, KAOHE_LANE_INPUT + 138, KAOHE_LANE_INPUT + 133, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 1054, KAOHE_LANE_INPUT + 136, -27, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 358, 1055, -6, 1054, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 1054, KAOHE_LANE_INPUT + 137, -27, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 359, 1055, -6, 1054, 0.0, 0);
  NAME(step)(f, I, K, 13, 0, 0, 0, 1054, KAOHE_LANE_INPUT + 138, KAOHE_LANE_INPUT + 139, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 360, 1054, -33, 0, 0.0, 0);
  NAME(step)(f, I, K, 2, 0, 0, 0, 1054, KAOHE_LANE_INPUT + 140, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 14, 0, 0, 0, 1055, 1053, 1054, 0, 0.0, 0);
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 141, -8, -13, -41, -40, -7}; NAME(step)(f, I, K, 23, 12, 0, 6, 1054, 464, 0, 150, 0.0, L); }
  NAME(step)(f, I, K, 15, 0, 0, 0, 361, 1055, -6, 1054, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 1054, KAOHE_LANE_INPUT + 142, -7, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 362, 1055, -6, 1054, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 1054, KAOHE_LANE_INPUT + 143, -7, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 363, 1055, -6, 1054, 0.0, 0);
  NAME(step)(f, I, K, 14, 0, 0, 0, 1054, 1053, KAOHE_LANE_INPUT + 140, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 1055, KAOHE_LANE_INPUT + 144, -11, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 364, 1054, -6, 1055, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 1055, KAOHE_LANE_INPUT + 145, -11, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 365, 1053, -6, 1055, 0.0, 0);
  { static const int32_t L[] = {351, 352, 353, 354, 355, 356, 357, 358, 359, 361, 362, 363, 364, 365}; NAME(step)(f, I, K, 25, 0, 0, 14, 1055, 470, KAOHE_LANE_INPUT + 207, 155, 2.0, L); }
  { static const int32_t L[] = {360}; NAME(step)(f, I, K, 21, 0, 0, 1, 1053, 484, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 3, 0, 1, 0, 366, 1055, 1053, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 367, KAOHE_LANE_INPUT + 146, -41, 0, 0.0, 0);
  NAME(step)(f, I, K, 2, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 147, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 368, 1053, -20, 0, 0.0, 0);
  { static const int32_t L[] = {367, 368}; NAME(step)(f, I, K, 25, 0, 1, 2, 369, 485, KAOHE_LANE_INPUT + 207, 158, 1.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 371, KAOHE_LANE_INPUT + 148, -5, 0, 0.0, 0);
  { static const int32_t L[] = {371}; NAME(step)(f, I, K, 25, 0, 1, 1, 372, 487, KAOHE_LANE_INPUT + 207, 160, 1.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 374, KAOHE_LANE_INPUT + 149, -4, 0, 0.0, 0);
  { static const int32_t L[] = {374}; NAME(step)(f, I, K, 25, 0, 1, 1, 375, 488, KAOHE_LANE_INPUT + 207, 162, 2.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 378, KAOHE_LANE_INPUT + 150, -4, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 379, KAOHE_LANE_INPUT + 151, -5, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 380, KAOHE_LANE_INPUT + 152, -5, 0, 0.0, 0);
  { static const int32_t L[] = {378, 379, 380}; NAME(step)(f, I, K, 25, 0, 1, 3, 381, 489, KAOHE_LANE_INPUT + 207, 166, 4.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 383, KAOHE_LANE_INPUT + 153, -7, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 384, KAOHE_LANE_INPUT + 154, -7, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 385, KAOHE_LANE_INPUT + 155, -7, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 386, KAOHE_LANE_INPUT + 156, -7, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 387, KAOHE_LANE_INPUT + 157, -7, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 388, KAOHE_LANE_INPUT + 158, -11, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 389, KAOHE_LANE_INPUT + 159, -11, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 390, KAOHE_LANE_INPUT + 160, -11, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 161, KAOHE_LANE_INPUT + 162, KAOHE_LANE_INPUT + 163, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 391, 1053, -4, 0, 0.0, 0);
  { static const int32_t L[] = {383, 384, 385, 386, 387, 388, 389, 390, 391}; NAME(step)(f, I, K, 25, 0, 1, 9, 392, 492, KAOHE_LANE_INPUT + 207, 176, 4.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 395, KAOHE_LANE_INPUT + 164, -11, 0, 0.0, 0);
  NAME(step)(f, I, K, 13, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 164, KAOHE_LANE_INPUT + 165, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 396, 1053, -11, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 397, KAOHE_LANE_INPUT + 166, -11, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 398, KAOHE_LANE_INPUT + 167, -11, 0, 0.0, 0);
  { static const int32_t L[] = {395, 396, 397, 398}; NAME(step)(f, I, K, 25, 0, 1, 4, 399, 501, KAOHE_LANE_INPUT + 207, 181, 2.0, L); }
  NAME(step)(f, I, K, 10, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 168, -40, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 400, 1053, -11, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 401, KAOHE_LANE_INPUT + 169, -5, 0, 0.0, 0);
  NAME(step)(f, I, K, 13, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 170, KAOHE_LANE_INPUT + 171, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 402, 1053, -11, 0, 0.0, 0);
  { static const int32_t L[] = {400, 401, 402}; NAME(step)(f, I, K, 25, 0, 1, 3, 403, 505, KAOHE_LANE_INPUT + 207, 185, 2.0, L); }
  NAME(step)(f, I, K, 5, 0, 0, 0, 1053, -5, KAOHE_LANE_INPUT + 173, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 1, 0, 405, KAOHE_LANE_INPUT + 172, -5, 1053, 0.0, 0);
  { static const int32_t L[] = {405}; NAME(step)(f, I, K, 25, 0, 1, 1, 406, 508, KAOHE_LANE_INPUT + 207, 186, 1.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 407, KAOHE_LANE_INPUT + 174, -11, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 408, KAOHE_LANE_INPUT + 175, -11, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 411, KAOHE_LANE_INPUT + 178, -39, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 414, KAOHE_LANE_INPUT + 181, -20, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 416, KAOHE_LANE_INPUT + 183, -42, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 417, KAOHE_LANE_INPUT + 184, -7, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 418, KAOHE_LANE_INPUT + 185, -7, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 176, -5, -6, 0.0, 0);
  { static const int32_t L[] = {407, 408, 411, 414, 416, 417, 418}; NAME(step)(f, I, K, 22, 0, 0, 7, 1055, 527, 0, 0, 0.0, L); }
  { static const int32_t L[] = {-6, 1055}; NAME(step)(f, I, K, 19, 0, 0, 2, 1054, 534, 0, 0, 0.0, L); }
  { static const int32_t L[] = {1053, 1054}; NAME(step)(f, I, K, 18, 0, 0, 2, 1055, 536, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 15, 0, 0, 0, 1054, KAOHE_LANE_INPUT + 209, 1055, 1053, 0.0, 0);
  NAME(step)(f, I, K, 1, 0, 1, 0, 409, 1054, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1054, KAOHE_LANE_INPUT + 177, -5, -6, 0.0, 0);
  { static const int32_t L[] = {407, 408, 411, 414, 416, 417, 418, 409}; NAME(step)(f, I, K, 22, 0, 0, 8, 1055, 563, 0, 0, 0.0, L); }
  { static const int32_t L[] = {-6, 1055}; NAME(step)(f, I, K, 19, 0, 0, 2, 1053, 571, 0, 0, 0.0, L); }
  { static const int32_t L[] = {1054, 1053}; NAME(step)(f, I, K, 18, 0, 0, 2, 1055, 573, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 15, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 209, 1055, 1054, 0.0, 0);
  NAME(step)(f, I, K, 1, 0, 1, 0, 410, 1053, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 5, 0, 0, 0, 1053, -7, KAOHE_LANE_INPUT + 179, 0, 0.0, 0);
  { static const int32_t L[] = {407, 408, 411, 414, 416, 417, 418, 409, 410}; NAME(step)(f, I, K, 22, 0, 0, 9, 1055, 608, 0, 0, 0.0, L); }
  { static const int32_t L[] = {-6, 1055}; NAME(step)(f, I, K, 19, 0, 0, 2, 1054, 617, 0, 0, 0.0, L); }
  { static const int32_t L[] = {1053, 1054}; NAME(step)(f, I, K, 18, 0, 0, 2, 1055, 619, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 15, 0, 0, 0, 1054, KAOHE_LANE_INPUT + 209, 1055, 1053, 0.0, 0);
  NAME(step)(f, I, K, 1, 0, 1, 0, 412, 1054, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 3, 0, 0, 0, 1054, 411, 412, 0, 0.0, 0);
  NAME(step)(f, I, K, 4, 0, 0, 0, 1055, -39, 1054, 0, 0.0, 0);
  { static const int32_t L[] = {-6, 1055}; NAME(step)(f, I, K, 19, 0, 0, 2, 1054, 621, 0, 0, 0.0, L); }
  { static const int32_t L[] = {-7, 1054}; NAME(step)(f, I, K, 18, 0, 0, 2, 1055, 623, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 15, 0, 1, 0, 413, KAOHE_LANE_INPUT + 180, 1055, -6, 0.0, 0);
  NAME(step)(f, I, K, 5, 0, 0, 0, 1055, -7, KAOHE_LANE_INPUT + 182, 0, 0.0, 0);
  { static const int32_t L[] = {1055, -20}; NAME(step)(f, I, K, 18, 0, 0, 2, 1054, 625, 0, 0, 0.0, L); }
  { static const int32_t L[] = {407, 408, 411, 414, 416, 417, 418, 409, 410, 412, 413}; NAME(step)(f, I, K, 22, 0, 0, 11, 1055, 679, 0, 0, 0.0, L); }
  { static const int32_t L[] = {-6, 1055}; NAME(step)(f, I, K, 19, 0, 0, 2, 1053, 690, 0, 0, 0.0, L); }
  { static const int32_t L[] = {1054, 1053}; NAME(step)(f, I, K, 18, 0, 0, 2, 1055, 692, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 15, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 209, 1055, 1054, 0.0, 0);
  NAME(step)(f, I, K, 1, 0, 1, 0, 415, 1053, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 419, KAOHE_LANE_INPUT + 186, -43, 0, 0.0, 0);
  { static const int32_t L[] = {407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418}; NAME(step)(f, I, K, 25, 0, 0, 12, 1053, 696, KAOHE_LANE_INPUT + 207, 207, 2.0, L); }
  { static const int32_t L[] = {419}; NAME(step)(f, I, K, 21, 0, 0, 1, 1055, 708, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 3, 0, 1, 0, 420, 1053, 1055, 0, 0.0, 0);
  NAME(step)(f, I, K, 13, 0, 0, 0, 1055, KAOHE_LANE_INPUT + 187, KAOHE_LANE_INPUT + 188, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 421, 1055, -5, 0, 0.0, 0);
  NAME(step)(f, I, K, 2, 0, 0, 0, 1055, KAOHE_LANE_INPUT + 189, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 211, -5, -6, 0.0, 0);
  NAME(step)(f, I, K, 10, 0, 0, 0, 1054, KAOHE_LANE_INPUT + 190, -5, 0, 0.0, 0);
  NAME(step)(f, I, K, 9, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 190, -11, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1052, 1056, -11, -6, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1056, 1054, -5, 1052, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 423, 1055, 1053, 1056, 0.0, 0);
  NAME(step)(f, I, K, 5, 0, 0, 0, 1056, -5, KAOHE_LANE_INPUT + 192, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 1, 0, 424, KAOHE_LANE_INPUT + 191, -5, 1056, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 187, -6, -5, 0.0, 0);
  { static const int32_t L[] = {421, 423, 424}; NAME(step)(f, I, K, 22, 0, 0, 3, 1053, 709, 0, 0, 0.0, L); }
  { static const int32_t L[] = {-6, 1053}; NAME(step)(f, I, K, 19, 0, 0, 2, 1055, 712, 0, 0, 0.0, L); }
  { static const int32_t L[] = {1056, 1055}; NAME(step)(f, I, K, 18, 0, 0, 2, 1053, 714, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 15, 0, 0, 0, 1055, KAOHE_LANE_INPUT + 209, 1053, 1056, 0.0, 0);
  NAME(step)(f, I, K, 1, 0, 1, 0, 422, 1055, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 425, KAOHE_LANE_INPUT + 193, -44, 0, 0.0, 0);
  { static const int32_t L[] = {421, 422, 423, 424}; NAME(step)(f, I, K, 25, 0, 0, 4, 1055, 716, KAOHE_LANE_INPUT + 207, 212, 3.0, L); }
  { static const int32_t L[] = {425}; NAME(step)(f, I, K, 21, 0, 0, 1, 1053, 720, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 3, 0, 1, 0, 426, 1055, 1053, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 429, KAOHE_LANE_INPUT + 194, -5, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 430, KAOHE_LANE_INPUT + 195, -5, 0, 0.0, 0);
  { static const int32_t L[] = {429, 430}; NAME(step)(f, I, K, 25, 0, 1, 2, 431, 721, KAOHE_LANE_INPUT + 207, 215, 2.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 433, KAOHE_LANE_INPUT + 196, -41, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 434, KAOHE_LANE_INPUT + 197, -13, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 435, KAOHE_LANE_INPUT + 198, -13, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 436, KAOHE_LANE_INPUT + 199, -13, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 437, KAOHE_LANE_INPUT + 200, -13, 0, 0.0, 0);
  NAME(step)(f, I, K, 2, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 200, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 438, 1053, -45, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 439, KAOHE_LANE_INPUT + 201, -5, 0, 0.0, 0);
  NAME(step)(f, I, K, 2, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 201, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 440, 1053, -32, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 441, KAOHE_LANE_INPUT + 202, -41, 0, 0.0, 0);
  NAME(step)(f, I, K, 2, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 202, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 442, 1053, -32, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 443, KAOHE_LANE_INPUT + 203, -41, 0, 0.0, 0);
  NAME(step)(f, I, K, 5, 0, 0, 0, 1053, -46, KAOHE_LANE_INPUT + 204, 0, 0.0, 0);
  { static const int32_t L[] = {433, 434, 435, 436, 437, 439, 441, 443}; NAME(step)(f, I, K, 22, 0, 0, 8, 1055, 748, 0, 0, 0.0, L); }
  { static const int32_t L[] = {-6, 1055}; NAME(step)(f, I, K, 19, 0, 0, 2, 1056, 756, 0, 0, 0.0, L); }
  { static const int32_t L[] = {1053, 1056}; NAME(step)(f, I, K, 18, 0, 0, 2, 1055, 758, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 15, 0, 0, 0, 1056, KAOHE_LANE_INPUT + 209, 1055, 1053, 0.0, 0);
  NAME(step)(f, I, K, 1, 0, 1, 0, 444, 1056, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 5, 0, 0, 0, 1056, -46, KAOHE_LANE_INPUT + 205, 0, 0.0, 0);
  { static const int32_t L[] = {433, 434, 435, 436, 437, 439, 441, 443, 444}; NAME(step)(f, I, K, 22, 0, 0, 9, 1055, 793, 0, 0, 0.0, L); }
  { static const int32_t L[] = {-6, 1055}; NAME(step)(f, I, K, 19, 0, 0, 2, 1053, 802, 0, 0, 0.0, L); }
  { static const int32_t L[] = {1056, 1053}; NAME(step)(f, I, K, 18, 0, 0, 2, 1055, 804, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 15, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 209, 1055, 1056, 0.0, 0);
  NAME(step)(f, I, K, 1, 0, 1, 0, 445, 1053, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 3, 0, 0, 0, 1053, KAOHE_LANE_INPUT + 205, KAOHE_LANE_INPUT + 206, 0, 0.0, 0);
  NAME(step)(f, I, K, 3, 0, 0, 0, 1055, 1053, KAOHE_LANE_INPUT + 204, 0, 0.0, 0);
  NAME(step)(f, I, K, 10, 0, 0, 0, 1053, 1055, -47, 0, 0.0, 0);
  { static const int32_t L[] = {443, 444, 445}; NAME(step)(f, I, K, 22, 0, 0, 3, 1055, 806, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 1, 0, 0, 0, 1056, 1055, 0, 0, 0.0, 0);
  NAME(step)(f, I, K, 15, 0, 1, 0, 446, 1053, 1056, -6, 0.0, 0);
  { static const int32_t L[] = {433, 434, 435, 436, 437, 439, 441, 443, 444, 445, 446}; NAME(step)(f, I, K, 25, 0, 0, 11, 1056, 809, KAOHE_LANE_INPUT + 207, 231, 4.0, L); }
  { static const int32_t L[] = {438, 440, 442}; NAME(step)(f, I, K, 21, 0, 0, 3, 1053, 820, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 3, 0, 1, 0, 447, 1056, 1053, 0, 0.0, 0);
  { static const int32_t L[] = {218, 223, 225}; NAME(step)(f, I, K, 21, 0, 1, 3, 226, 823, 0, 0, 0.0, L); }
  { static const int32_t L[] = {230, 234, 239, 241, 255}; NAME(step)(f, I, K, 21, 0, 1, 5, 256, 826, 0, 0, 0.0, L); }
  { static const int32_t L[] = {226, 256}; NAME(step)(f, I, K, 21, 0, 1, 2, 257, 831, 0, 0, 0.0, L); }
  { static const int32_t L[] = {261, 263}; NAME(step)(f, I, K, 21, 0, 1, 2, 264, 833, 0, 0, 0.0, L); }
  { static const int32_t L[] = {268, 271, 277}; NAME(step)(f, I, K, 21, 0, 1, 3, 278, 835, 0, 0, 0.0, L); }
  { static const int32_t L[] = {264, 278}; NAME(step)(f, I, K, 21, 0, 1, 2, 279, 838, 0, 0, 0.0, L); }
  { static const int32_t L[] = {284, 287, 291}; NAME(step)(f, I, K, 21, 0, 1, 3, 292, 840, 0, 0, 0.0, L); }
  { static const int32_t L[] = {295, 297}; NAME(step)(f, I, K, 21, 0, 1, 2, 298, 843, 0, 0, 0.0, L); }
  { static const int32_t L[] = {292, 298}; NAME(step)(f, I, K, 21, 0, 1, 2, 299, 845, 0, 0, 0.0, L); }
  { static const int32_t L[] = {301}; NAME(step)(f, I, K, 21, 0, 1, 1, 302, 847, 0, 0, 0.0, L); }
  { static const int32_t L[] = {309, 314}; NAME(step)(f, I, K, 21, 0, 1, 2, 315, 848, 0, 0, 0.0, L); }
  { static const int32_t L[] = {319}; NAME(step)(f, I, K, 21, 0, 1, 1, 320, 850, 0, 0, 0.0, L); }
  { static const int32_t L[] = {327, 339}; NAME(step)(f, I, K, 21, 0, 1, 2, 340, 851, 0, 0, 0.0, L); }
  { static const int32_t L[] = {302, 315, 320, 340}; NAME(step)(f, I, K, 21, 0, 1, 4, 341, 853, 0, 0, 0.0, L); }
  { static const int32_t L[] = {350, 366, 369}; NAME(step)(f, I, K, 21, 0, 1, 3, 370, 857, 0, 0, 0.0, L); }
  { static const int32_t L[] = {372}; NAME(step)(f, I, K, 21, 0, 1, 1, 373, 860, 0, 0, 0.0, L); }
  { static const int32_t L[] = {375}; NAME(step)(f, I, K, 21, 0, 1, 1, 376, 861, 0, 0, 0.0, L); }
  { static const int32_t L[] = {370, 373, 376}; NAME(step)(f, I, K, 21, 0, 1, 3, 377, 862, 0, 0, 0.0, L); }
  { static const int32_t L[] = {381}; NAME(step)(f, I, K, 21, 0, 1, 1, 382, 865, 0, 0, 0.0, L); }
  { static const int32_t L[] = {392}; NAME(step)(f, I, K, 21, 0, 1, 1, 393, 866, 0, 0, 0.0, L); }
  { static const int32_t L[] = {382, 393}; NAME(step)(f, I, K, 21, 0, 1, 2, 394, 867, 0, 0, 0.0, L); }
  { static const int32_t L[] = {399, 403}; NAME(step)(f, I, K, 21, 0, 1, 2, 404, 869, 0, 0, 0.0, L); }
  { static const int32_t L[] = {406, 420, 426}; NAME(step)(f, I, K, 21, 0, 1, 3, 427, 871, 0, 0, 0.0, L); }
  { static const int32_t L[] = {404, 427}; NAME(step)(f, I, K, 21, 0, 1, 2, 428, 874, 0, 0, 0.0, L); }
  { static const int32_t L[] = {431}; NAME(step)(f, I, K, 21, 0, 1, 1, 432, 876, 0, 0, 0.0, L); }
  { static const int32_t L[] = {447}; NAME(step)(f, I, K, 21, 0, 1, 1, 448, 877, 0, 0, 0.0, L); }
  { static const int32_t L[] = {432, 448}; NAME(step)(f, I, K, 21, 0, 1, 2, 449, 878, 0, 0, 0.0, L); }
  { static const int32_t L[] = {257, 279, 299, 341, 377, 394, 428, 449}; NAME(step)(f, I, K, 21, 0, 1, 8, 450, 880, 0, 0, 0.0, L); }
}
