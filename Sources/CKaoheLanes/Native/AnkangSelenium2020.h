// Generated from the lane kernel of the embedded rubric ankang-selenium-2020 by `LaneSource`; do not edit.
// Regenerate with `KAOHE_RECORD=1 swift test --filter NativeKernelTests`.
// Included once per vector width by LanesBody.h (fingerprint 0x68778ba7c7f3f678).
// Each line: NAME(step)(f, I, K, code, builtin, tidies, count, d, a, b, c, k, list), the list of
// operands (L) in a constant array when the step has one. A negative location -(i + 1) is
// constant K[i], which the compiler folds into the code; KAOHE_LANE_INPUT + j is slot j, which
// no step writes, read through the input table I.

static const double NAME(ankangSelenium2020Constants)[] = {1.0, 3.0, 20.0, 1500.0, 10.0, 0.0, 0x1.999999999999ap-4, 4.0, 2.0, 200.0, 15.0, 30.0, 0x1.999999999999ap-3, 60.0, 5.0, 0x1.0000000000000p-2};

// The slice kernel: step i when active[i] is not 0.
static void NAME(ankangSelenium2020)(double *f, const double *const *I, const uint8_t *active) {
  const double *K = NAME(ankangSelenium2020Constants);
  if (active[0]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 0, KAOHE_LANE_INPUT + 1, KAOHE_LANE_INPUT + 2}; NAME(step)(f, I, K, 20, 0, 0, 3, 826, 0, 0, 0, 0.0, L); }
  if (active[1]) NAME(step)(f, I, K, 11, 0, 0, 0, 827, KAOHE_LANE_INPUT + 157, -1, 0, 0.0, 0);
  if (active[2]) { static const int32_t L[] = {826, -2, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 158, 3, 0, 1, 0.0, L); }
  if (active[3]) { static const int32_t L[] = {158}; NAME(step)(f, I, K, 25, 0, 1, 1, 159, 7, KAOHE_LANE_INPUT + 156, 2, 20.0, L); }
  if (active[4]) NAME(step)(f, I, K, 16, 0, 0, 0, 162, KAOHE_LANE_INPUT + 3, -3, 0, 0.0, 0);
  if (active[5]) { static const int32_t L[] = {162}; NAME(step)(f, I, K, 25, 0, 1, 1, 163, 8, KAOHE_LANE_INPUT + 156, 4, 20.0, L); }
  if (active[6]) NAME(step)(f, I, K, 16, 0, 0, 0, 166, KAOHE_LANE_INPUT + 4, -3, 0, 0.0, 0);
  if (active[7]) { static const int32_t L[] = {166}; NAME(step)(f, I, K, 25, 0, 1, 1, 167, 9, KAOHE_LANE_INPUT + 156, 6, 20.0, L); }
  if (active[8]) NAME(step)(f, I, K, 16, 0, 0, 0, 168, KAOHE_LANE_INPUT + 5, -3, 0, 0.0, 0);
  if (active[9]) { static const int32_t L[] = {168}; NAME(step)(f, I, K, 25, 0, 1, 1, 169, 10, KAOHE_LANE_INPUT + 156, 8, 20.0, L); }
  if (active[10]) NAME(step)(f, I, K, 9, 0, 0, 0, 831, KAOHE_LANE_INPUT + 6, KAOHE_LANE_INPUT + 7, 0, 0.0, 0);
  if (active[11]) NAME(step)(f, I, K, 16, 0, 0, 0, 170, 831, -3, 0, 0.0, 0);
  if (active[12]) { static const int32_t L[] = {170}; NAME(step)(f, I, K, 25, 0, 1, 1, 171, 11, KAOHE_LANE_INPUT + 156, 10, 20.0, L); }
  if (active[13]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 8, KAOHE_LANE_INPUT + 9, KAOHE_LANE_INPUT + 10}; NAME(step)(f, I, K, 20, 0, 0, 3, 833, 12, 0, 0, 0.0, L); }
  if (active[14]) { static const int32_t L[] = {833, -2, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 175, 15, 0, 12, 0.0, L); }
  if (active[15]) { static const int32_t L[] = {175}; NAME(step)(f, I, K, 25, 0, 1, 1, 176, 19, KAOHE_LANE_INPUT + 156, 13, 20.0, L); }
  if (active[16]) NAME(step)(f, I, K, 16, 0, 0, 0, 179, KAOHE_LANE_INPUT + 11, -3, 0, 0.0, 0);
  if (active[17]) { static const int32_t L[] = {179}; NAME(step)(f, I, K, 25, 0, 1, 1, 180, 20, KAOHE_LANE_INPUT + 156, 15, 20.0, L); }
  if (active[18]) NAME(step)(f, I, K, 16, 0, 0, 0, 183, KAOHE_LANE_INPUT + 12, -3, 0, 0.0, 0);
  if (active[19]) { static const int32_t L[] = {183}; NAME(step)(f, I, K, 25, 0, 1, 1, 184, 21, KAOHE_LANE_INPUT + 156, 17, 20.0, L); }
  if (active[20]) NAME(step)(f, I, K, 16, 0, 0, 0, 185, KAOHE_LANE_INPUT + 13, -3, 0, 0.0, 0);
  if (active[21]) { static const int32_t L[] = {185}; NAME(step)(f, I, K, 25, 0, 1, 1, 186, 22, KAOHE_LANE_INPUT + 156, 19, 20.0, L); }
  if (active[22]) NAME(step)(f, I, K, 16, 0, 0, 0, 187, KAOHE_LANE_INPUT + 14, -3, 0, 0.0, 0);
  if (active[23]) { static const int32_t L[] = {187}; NAME(step)(f, I, K, 25, 0, 1, 1, 188, 23, KAOHE_LANE_INPUT + 156, 21, 20.0, L); }
  if (active[24]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 15, KAOHE_LANE_INPUT + 16, KAOHE_LANE_INPUT + 17}; NAME(step)(f, I, K, 20, 0, 0, 3, 838, 24, 0, 0, 0.0, L); }
  if (active[25]) { static const int32_t L[] = {838, -2, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 192, 27, 0, 23, 0.0, L); }
  if (active[26]) { static const int32_t L[] = {192}; NAME(step)(f, I, K, 25, 0, 1, 1, 193, 31, KAOHE_LANE_INPUT + 156, 24, 20.0, L); }
  if (active[27]) NAME(step)(f, I, K, 16, 0, 0, 0, 196, KAOHE_LANE_INPUT + 18, -3, 0, 0.0, 0);
  if (active[28]) { static const int32_t L[] = {196}; NAME(step)(f, I, K, 25, 0, 1, 1, 197, 32, KAOHE_LANE_INPUT + 156, 26, 20.0, L); }
  if (active[29]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 19, -4, -5, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 200, 33, 0, 27, 0.0, L); }
  if (active[30]) { static const int32_t L[] = {200}; NAME(step)(f, I, K, 25, 0, 1, 1, 201, 37, KAOHE_LANE_INPUT + 156, 28, 10.0, L); }
  if (active[31]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 20, -2, -5, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 202, 38, 0, 29, 0.0, L); }
  if (active[32]) { static const int32_t L[] = {202}; NAME(step)(f, I, K, 25, 0, 1, 1, 203, 42, KAOHE_LANE_INPUT + 156, 30, 10.0, L); }
  if (active[33]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 21, -6}; NAME(step)(f, I, K, 19, 0, 0, 2, 840, 43, 0, 0, 0.0, L); }
  if (active[34]) { static const int32_t L[] = {840, -7, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 204, 45, 0, 32, 0.0, L); }
  if (active[35]) { static const int32_t L[] = {204}; NAME(step)(f, I, K, 25, 0, 1, 1, 205, 49, KAOHE_LANE_INPUT + 156, 33, 20.0, L); }
  if (active[36]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 22, -8, -5, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 206, 50, 0, 34, 0.0, L); }
  if (active[37]) { static const int32_t L[] = {206}; NAME(step)(f, I, K, 25, 0, 1, 1, 207, 54, KAOHE_LANE_INPUT + 156, 35, 10.0, L); }
  if (active[38]) NAME(step)(f, I, K, 16, 0, 0, 0, 208, KAOHE_LANE_INPUT + 23, -5, 0, 0.0, 0);
  if (active[39]) { static const int32_t L[] = {208}; NAME(step)(f, I, K, 25, 0, 1, 1, 209, 55, KAOHE_LANE_INPUT + 156, 37, 10.0, L); }
  if (active[40]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 24, KAOHE_LANE_INPUT + 25, KAOHE_LANE_INPUT + 26}; NAME(step)(f, I, K, 20, 0, 0, 3, 842, 56, 0, 0, 0.0, L); }
  if (active[41]) { static const int32_t L[] = {842, -2, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 213, 59, 0, 39, 0.0, L); }
  if (active[42]) { static const int32_t L[] = {213}; NAME(step)(f, I, K, 25, 0, 1, 1, 214, 63, KAOHE_LANE_INPUT + 156, 40, 20.0, L); }
  if (active[43]) NAME(step)(f, I, K, 16, 0, 0, 0, 217, KAOHE_LANE_INPUT + 27, -3, 0, 0.0, 0);
  if (active[44]) { static const int32_t L[] = {217}; NAME(step)(f, I, K, 25, 0, 1, 1, 218, 64, KAOHE_LANE_INPUT + 156, 42, 20.0, L); }
  if (active[45]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 28, -3, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 221, 65, 0, 43, 0.0, L); }
  if (active[46]) { static const int32_t L[] = {221}; NAME(step)(f, I, K, 25, 0, 1, 1, 222, 69, KAOHE_LANE_INPUT + 156, 44, 20.0, L); }
  if (active[47]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 29, -5, -5, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 223, 70, 0, 45, 0.0, L); }
  if (active[48]) { static const int32_t L[] = {223}; NAME(step)(f, I, K, 25, 0, 1, 1, 224, 74, KAOHE_LANE_INPUT + 156, 46, 10.0, L); }
  if (active[49]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 30, KAOHE_LANE_INPUT + 31, KAOHE_LANE_INPUT + 32, KAOHE_LANE_INPUT + 33}; NAME(step)(f, I, K, 20, 0, 0, 4, 844, 75, 0, 0, 0.0, L); }
  if (active[50]) { static const int32_t L[] = {844, -8, -5, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 225, 79, 0, 48, 0.0, L); }
  if (active[51]) { static const int32_t L[] = {225}; NAME(step)(f, I, K, 25, 0, 1, 1, 226, 83, KAOHE_LANE_INPUT + 156, 49, 10.0, L); }
  if (active[52]) NAME(step)(f, I, K, 16, 0, 0, 0, 227, KAOHE_LANE_INPUT + 34, -5, 0, 0.0, 0);
  if (active[53]) { static const int32_t L[] = {227}; NAME(step)(f, I, K, 25, 0, 1, 1, 228, 84, KAOHE_LANE_INPUT + 156, 51, 10.0, L); }
  if (active[54]) NAME(step)(f, I, K, 16, 0, 0, 0, 229, KAOHE_LANE_INPUT + 35, -5, 0, 0.0, 0);
  if (active[55]) { static const int32_t L[] = {229}; NAME(step)(f, I, K, 25, 0, 1, 1, 230, 85, KAOHE_LANE_INPUT + 156, 53, 10.0, L); }
  if (active[56]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 36, KAOHE_LANE_INPUT + 37, KAOHE_LANE_INPUT + 38}; NAME(step)(f, I, K, 20, 0, 0, 3, 847, 86, 0, 0, 0.0, L); }
  if (active[57]) { static const int32_t L[] = {847, -2, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 234, 89, 0, 55, 0.0, L); }
  if (active[58]) { static const int32_t L[] = {234}; NAME(step)(f, I, K, 25, 0, 1, 1, 235, 93, KAOHE_LANE_INPUT + 156, 56, 20.0, L); }
  if (active[59]) NAME(step)(f, I, K, 16, 0, 0, 0, 238, KAOHE_LANE_INPUT + 39, -3, 0, 0.0, 0);
  if (active[60]) { static const int32_t L[] = {238}; NAME(step)(f, I, K, 25, 0, 1, 1, 239, 94, KAOHE_LANE_INPUT + 156, 58, 20.0, L); }
  if (active[61]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 40, KAOHE_LANE_INPUT + 41}; NAME(step)(f, I, K, 20, 0, 0, 2, 849, 95, 0, 0, 0.0, L); }
  if (active[62]) { static const int32_t L[] = {849, -9, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 242, 97, 0, 60, 0.0, L); }
  if (active[63]) { static const int32_t L[] = {242}; NAME(step)(f, I, K, 25, 0, 1, 1, 243, 101, KAOHE_LANE_INPUT + 156, 61, 20.0, L); }
  if (active[64]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 42, KAOHE_LANE_INPUT + 43, KAOHE_LANE_INPUT + 44}; NAME(step)(f, I, K, 20, 0, 0, 3, 850, 102, 0, 0, 0.0, L); }
  if (active[65]) { static const int32_t L[] = {850, -2, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 244, 105, 0, 63, 0.0, L); }
  if (active[66]) { static const int32_t L[] = {244}; NAME(step)(f, I, K, 25, 0, 1, 1, 245, 109, KAOHE_LANE_INPUT + 156, 64, 20.0, L); }
  if (active[67]) NAME(step)(f, I, K, 16, 0, 0, 0, 246, KAOHE_LANE_INPUT + 45, -3, 0, 0.0, 0);
  if (active[68]) { static const int32_t L[] = {246}; NAME(step)(f, I, K, 25, 0, 1, 1, 247, 110, KAOHE_LANE_INPUT + 156, 66, 20.0, L); }
  if (active[69]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 46, KAOHE_LANE_INPUT + 47, KAOHE_LANE_INPUT + 48}; NAME(step)(f, I, K, 20, 0, 0, 3, 852, 111, 0, 0, 0.0, L); }
  if (active[70]) { static const int32_t L[] = {852, -2, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 251, 114, 0, 68, 0.0, L); }
  if (active[71]) { static const int32_t L[] = {251}; NAME(step)(f, I, K, 25, 0, 1, 1, 252, 118, KAOHE_LANE_INPUT + 156, 69, 20.0, L); }
  if (active[72]) NAME(step)(f, I, K, 16, 0, 0, 0, 255, KAOHE_LANE_INPUT + 49, -3, 0, 0.0, 0);
  if (active[73]) { static const int32_t L[] = {255}; NAME(step)(f, I, K, 25, 0, 1, 1, 256, 119, KAOHE_LANE_INPUT + 156, 71, 20.0, L); }
  if (active[74]) NAME(step)(f, I, K, 16, 0, 0, 0, 259, KAOHE_LANE_INPUT + 50, -3, 0, 0.0, 0);
  if (active[75]) { static const int32_t L[] = {259}; NAME(step)(f, I, K, 25, 0, 1, 1, 260, 120, KAOHE_LANE_INPUT + 156, 73, 20.0, L); }
  if (active[76]) NAME(step)(f, I, K, 16, 0, 0, 0, 261, KAOHE_LANE_INPUT + 51, -3, 0, 0.0, 0);
  if (active[77]) { static const int32_t L[] = {261}; NAME(step)(f, I, K, 25, 0, 1, 1, 262, 121, KAOHE_LANE_INPUT + 156, 75, 20.0, L); }
  if (active[78]) NAME(step)(f, I, K, 16, 0, 0, 0, 263, KAOHE_LANE_INPUT + 52, -3, 0, 0.0, 0);
  if (active[79]) { static const int32_t L[] = {263}; NAME(step)(f, I, K, 25, 0, 1, 1, 264, 122, KAOHE_LANE_INPUT + 156, 77, 20.0, L); }
  if (active[80]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 53, KAOHE_LANE_INPUT + 54, KAOHE_LANE_INPUT + 55}; NAME(step)(f, I, K, 20, 0, 0, 3, 857, 123, 0, 0, 0.0, L); }
  if (active[81]) { static const int32_t L[] = {857, -2, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 268, 126, 0, 79, 0.0, L); }
  if (active[82]) { static const int32_t L[] = {268}; NAME(step)(f, I, K, 25, 0, 1, 1, 269, 130, KAOHE_LANE_INPUT + 156, 80, 20.0, L); }
  if (active[83]) NAME(step)(f, I, K, 16, 0, 0, 0, 272, KAOHE_LANE_INPUT + 56, -3, 0, 0.0, 0);
  if (active[84]) { static const int32_t L[] = {272}; NAME(step)(f, I, K, 25, 0, 1, 1, 273, 131, KAOHE_LANE_INPUT + 156, 82, 20.0, L); }
  if (active[85]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 57, -10, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 276, 132, 0, 83, 0.0, L); }
  if (active[86]) { static const int32_t L[] = {276}; NAME(step)(f, I, K, 25, 0, 1, 1, 277, 136, KAOHE_LANE_INPUT + 156, 84, 20.0, L); }
  if (active[87]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 58, -5, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 278, 137, 0, 85, 0.0, L); }
  if (active[88]) { static const int32_t L[] = {278}; NAME(step)(f, I, K, 25, 0, 1, 1, 279, 141, KAOHE_LANE_INPUT + 156, 86, 20.0, L); }
  if (active[89]) NAME(step)(f, I, K, 16, 0, 0, 0, 280, KAOHE_LANE_INPUT + 59, -3, 0, 0.0, 0);
  if (active[90]) { static const int32_t L[] = {280}; NAME(step)(f, I, K, 25, 0, 1, 1, 281, 142, KAOHE_LANE_INPUT + 156, 88, 20.0, L); }
  if (active[91]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 60, KAOHE_LANE_INPUT + 61, KAOHE_LANE_INPUT + 62}; NAME(step)(f, I, K, 20, 0, 0, 3, 860, 143, 0, 0, 0.0, L); }
  if (active[92]) { static const int32_t L[] = {860, -2, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 285, 146, 0, 90, 0.0, L); }
  if (active[93]) { static const int32_t L[] = {285}; NAME(step)(f, I, K, 25, 0, 1, 1, 286, 150, KAOHE_LANE_INPUT + 156, 91, 20.0, L); }
  if (active[94]) NAME(step)(f, I, K, 16, 0, 0, 0, 289, KAOHE_LANE_INPUT + 63, -3, 0, 0.0, 0);
  if (active[95]) { static const int32_t L[] = {289}; NAME(step)(f, I, K, 25, 0, 1, 1, 290, 151, KAOHE_LANE_INPUT + 156, 93, 20.0, L); }
  if (active[96]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 64, -2, -11, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 293, 152, 0, 94, 0.0, L); }
  if (active[97]) { static const int32_t L[] = {293}; NAME(step)(f, I, K, 25, 0, 1, 1, 294, 156, KAOHE_LANE_INPUT + 156, 95, 15.0, L); }
  if (active[98]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 65}; NAME(step)(f, I, K, 20, 0, 0, 1, 862, 157, 0, 0, 0.0, L); }
  if (active[99]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 66, -9}; NAME(step)(f, I, K, 18, 0, 0, 2, 863, 158, 0, 0, 0.0, L); }
  if (active[100]) NAME(step)(f, I, K, 6, 0, 0, 0, 864, 863, -9, 0, 0.0, 0);
  if (active[101]) NAME(step)(f, I, K, 3, 0, 0, 0, 865, 862, 864, 0, 0.0, 0);
  if (active[102]) { static const int32_t L[] = {865, -9, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 295, 160, 0, 98, 0.0, L); }
  if (active[103]) { static const int32_t L[] = {295}; NAME(step)(f, I, K, 25, 0, 1, 1, 296, 164, KAOHE_LANE_INPUT + 156, 99, 20.0, L); }
  if (active[104]) NAME(step)(f, I, K, 16, 0, 0, 0, 297, KAOHE_LANE_INPUT + 67, -11, 0, 0.0, 0);
  if (active[105]) { static const int32_t L[] = {297}; NAME(step)(f, I, K, 25, 0, 1, 1, 298, 165, KAOHE_LANE_INPUT + 156, 101, 15.0, L); }
  if (active[106]) NAME(step)(f, I, K, 16, 0, 0, 0, 299, KAOHE_LANE_INPUT + 68, -5, 0, 0.0, 0);
  if (active[107]) { static const int32_t L[] = {299}; NAME(step)(f, I, K, 25, 0, 1, 1, 300, 166, KAOHE_LANE_INPUT + 156, 103, 10.0, L); }
  if (active[108]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 69, KAOHE_LANE_INPUT + 70, KAOHE_LANE_INPUT + 71}; NAME(step)(f, I, K, 20, 0, 0, 3, 868, 167, 0, 0, 0.0, L); }
  if (active[109]) { static const int32_t L[] = {868, -2, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 304, 170, 0, 105, 0.0, L); }
  if (active[110]) { static const int32_t L[] = {304}; NAME(step)(f, I, K, 25, 0, 1, 1, 305, 174, KAOHE_LANE_INPUT + 156, 106, 20.0, L); }
  if (active[111]) NAME(step)(f, I, K, 16, 0, 0, 0, 308, KAOHE_LANE_INPUT + 72, -3, 0, 0.0, 0);
  if (active[112]) { static const int32_t L[] = {308}; NAME(step)(f, I, K, 25, 0, 1, 1, 309, 175, KAOHE_LANE_INPUT + 156, 108, 20.0, L); }
  if (active[113]) NAME(step)(f, I, K, 16, 0, 0, 0, 312, KAOHE_LANE_INPUT + 73, -12, 0, 0.0, 0);
  if (active[114]) { static const int32_t L[] = {312}; NAME(step)(f, I, K, 25, 0, 1, 1, 313, 176, KAOHE_LANE_INPUT + 156, 110, 30.0, L); }
  if (active[115]) NAME(step)(f, I, K, 16, 0, 0, 0, 314, KAOHE_LANE_INPUT + 74, -12, 0, 0.0, 0);
  if (active[116]) { static const int32_t L[] = {314}; NAME(step)(f, I, K, 25, 0, 1, 1, 315, 177, KAOHE_LANE_INPUT + 156, 112, 30.0, L); }
  if (active[117]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 75, KAOHE_LANE_INPUT + 76, KAOHE_LANE_INPUT + 77}; NAME(step)(f, I, K, 20, 0, 0, 3, 872, 178, 0, 0, 0.0, L); }
  if (active[118]) { static const int32_t L[] = {872, -2, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 319, 181, 0, 114, 0.0, L); }
  if (active[119]) { static const int32_t L[] = {319}; NAME(step)(f, I, K, 25, 0, 1, 1, 320, 185, KAOHE_LANE_INPUT + 156, 115, 20.0, L); }
  if (active[120]) NAME(step)(f, I, K, 16, 0, 0, 0, 323, KAOHE_LANE_INPUT + 78, -3, 0, 0.0, 0);
  if (active[121]) { static const int32_t L[] = {323}; NAME(step)(f, I, K, 25, 0, 1, 1, 324, 186, KAOHE_LANE_INPUT + 156, 117, 20.0, L); }
  if (active[122]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 79, -1, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 327, 187, 0, 118, 0.0, L); }
  if (active[123]) { static const int32_t L[] = {327}; NAME(step)(f, I, K, 25, 0, 1, 1, 328, 191, KAOHE_LANE_INPUT + 156, 119, 20.0, L); }
  if (active[124]) NAME(step)(f, I, K, 16, 0, 0, 0, 329, KAOHE_LANE_INPUT + 80, -5, 0, 0.0, 0);
  if (active[125]) { static const int32_t L[] = {329}; NAME(step)(f, I, K, 25, 0, 1, 1, 330, 192, KAOHE_LANE_INPUT + 156, 121, 10.0, L); }
  if (active[126]) NAME(step)(f, I, K, 16, 0, 0, 0, 331, KAOHE_LANE_INPUT + 81, -5, 0, 0.0, 0);
  if (active[127]) { static const int32_t L[] = {331}; NAME(step)(f, I, K, 25, 0, 1, 1, 332, 193, KAOHE_LANE_INPUT + 156, 123, 10.0, L); }
  if (active[128]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 82, -1, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 333, 194, 0, 124, 0.0, L); }
  if (active[129]) { static const int32_t L[] = {333}; NAME(step)(f, I, K, 25, 0, 1, 1, 334, 198, KAOHE_LANE_INPUT + 156, 125, 20.0, L); }
  if (active[130]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 83, KAOHE_LANE_INPUT + 84, KAOHE_LANE_INPUT + 85}; NAME(step)(f, I, K, 20, 0, 0, 3, 876, 199, 0, 0, 0.0, L); }
  if (active[131]) { static const int32_t L[] = {876, -2, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 338, 202, 0, 127, 0.0, L); }
  if (active[132]) { static const int32_t L[] = {338}; NAME(step)(f, I, K, 25, 0, 1, 1, 339, 206, KAOHE_LANE_INPUT + 156, 128, 20.0, L); }
  if (active[133]) NAME(step)(f, I, K, 16, 0, 0, 0, 342, KAOHE_LANE_INPUT + 86, -3, 0, 0.0, 0);
  if (active[134]) { static const int32_t L[] = {342}; NAME(step)(f, I, K, 25, 0, 1, 1, 343, 207, KAOHE_LANE_INPUT + 156, 130, 20.0, L); }
  if (active[135]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 87, -13, -14, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 346, 208, 0, 131, 0.0, L); }
  if (active[136]) { static const int32_t L[] = {346}; NAME(step)(f, I, K, 25, 0, 1, 1, 347, 212, KAOHE_LANE_INPUT + 156, 132, 60.0, L); }
  if (active[137]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 88, KAOHE_LANE_INPUT + 89, KAOHE_LANE_INPUT + 90}; NAME(step)(f, I, K, 20, 0, 0, 3, 878, 213, 0, 0, 0.0, L); }
  if (active[138]) { static const int32_t L[] = {878, -2, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 351, 216, 0, 134, 0.0, L); }
  if (active[139]) { static const int32_t L[] = {351}; NAME(step)(f, I, K, 25, 0, 1, 1, 352, 220, KAOHE_LANE_INPUT + 156, 135, 20.0, L); }
  if (active[140]) NAME(step)(f, I, K, 16, 0, 0, 0, 355, KAOHE_LANE_INPUT + 91, -3, 0, 0.0, 0);
  if (active[141]) { static const int32_t L[] = {355}; NAME(step)(f, I, K, 25, 0, 1, 1, 356, 221, KAOHE_LANE_INPUT + 156, 137, 20.0, L); }
  if (active[142]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 92, -15, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 359, 222, 0, 138, 0.0, L); }
  if (active[143]) { static const int32_t L[] = {359}; NAME(step)(f, I, K, 25, 0, 1, 1, 360, 226, KAOHE_LANE_INPUT + 156, 139, 20.0, L); }
  if (active[144]) NAME(step)(f, I, K, 16, 0, 0, 0, 361, KAOHE_LANE_INPUT + 93, -3, 0, 0.0, 0);
  if (active[145]) { static const int32_t L[] = {361}; NAME(step)(f, I, K, 25, 0, 1, 1, 362, 227, KAOHE_LANE_INPUT + 156, 141, 20.0, L); }
  if (active[146]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 94, -10, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 363, 228, 0, 142, 0.0, L); }
  if (active[147]) { static const int32_t L[] = {363}; NAME(step)(f, I, K, 25, 0, 1, 1, 364, 232, KAOHE_LANE_INPUT + 156, 143, 20.0, L); }
  if (active[148]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 95, KAOHE_LANE_INPUT + 96, KAOHE_LANE_INPUT + 97}; NAME(step)(f, I, K, 20, 0, 0, 3, 881, 233, 0, 0, 0.0, L); }
  if (active[149]) { static const int32_t L[] = {881, -2, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 368, 236, 0, 145, 0.0, L); }
  if (active[150]) { static const int32_t L[] = {368}; NAME(step)(f, I, K, 25, 0, 1, 1, 369, 240, KAOHE_LANE_INPUT + 156, 146, 20.0, L); }
  if (active[151]) NAME(step)(f, I, K, 16, 0, 0, 0, 372, KAOHE_LANE_INPUT + 98, -3, 0, 0.0, 0);
  if (active[152]) { static const int32_t L[] = {372}; NAME(step)(f, I, K, 25, 0, 1, 1, 373, 241, KAOHE_LANE_INPUT + 156, 148, 20.0, L); }
  if (active[153]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 99, -15, -12, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 376, 242, 0, 149, 0.0, L); }
  if (active[154]) { static const int32_t L[] = {376}; NAME(step)(f, I, K, 25, 0, 1, 1, 377, 246, KAOHE_LANE_INPUT + 156, 150, 30.0, L); }
  if (active[155]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 100, -15, -12, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 378, 247, 0, 151, 0.0, L); }
  if (active[156]) { static const int32_t L[] = {378}; NAME(step)(f, I, K, 25, 0, 1, 1, 379, 251, KAOHE_LANE_INPUT + 156, 152, 30.0, L); }
  if (active[157]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 101, KAOHE_LANE_INPUT + 102, KAOHE_LANE_INPUT + 103}; NAME(step)(f, I, K, 20, 0, 0, 3, 883, 252, 0, 0, 0.0, L); }
  if (active[158]) { static const int32_t L[] = {883, -2, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 383, 255, 0, 154, 0.0, L); }
  if (active[159]) { static const int32_t L[] = {383}; NAME(step)(f, I, K, 25, 0, 1, 1, 384, 259, KAOHE_LANE_INPUT + 156, 155, 20.0, L); }
  if (active[160]) NAME(step)(f, I, K, 16, 0, 0, 0, 387, KAOHE_LANE_INPUT + 104, -3, 0, 0.0, 0);
  if (active[161]) { static const int32_t L[] = {387}; NAME(step)(f, I, K, 25, 0, 1, 1, 388, 260, KAOHE_LANE_INPUT + 156, 157, 20.0, L); }
  if (active[162]) NAME(step)(f, I, K, 16, 0, 0, 0, 391, KAOHE_LANE_INPUT + 105, -5, 0, 0.0, 0);
  if (active[163]) { static const int32_t L[] = {391}; NAME(step)(f, I, K, 25, 0, 1, 1, 392, 261, KAOHE_LANE_INPUT + 156, 159, 10.0, L); }
  if (active[164]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 106, -15, -12, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 393, 262, 0, 160, 0.0, L); }
  if (active[165]) { static const int32_t L[] = {393}; NAME(step)(f, I, K, 25, 0, 1, 1, 394, 266, KAOHE_LANE_INPUT + 156, 161, 30.0, L); }
  if (active[166]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 107, -1}; NAME(step)(f, I, K, 18, 0, 0, 2, 886, 267, 0, 0, 0.0, L); }
  if (active[167]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 108, -2}; NAME(step)(f, I, K, 18, 0, 0, 2, 887, 269, 0, 0, 0.0, L); }
  if (active[168]) NAME(step)(f, I, K, 3, 0, 0, 0, 888, 886, 887, 0, 0.0, 0);
  if (active[169]) { static const int32_t L[] = {888, -8, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 395, 271, 0, 164, 0.0, L); }
  if (active[170]) { static const int32_t L[] = {395}; NAME(step)(f, I, K, 25, 0, 1, 1, 396, 275, KAOHE_LANE_INPUT + 156, 165, 20.0, L); }
  if (active[171]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 109, KAOHE_LANE_INPUT + 110, KAOHE_LANE_INPUT + 111}; NAME(step)(f, I, K, 20, 0, 0, 3, 889, 276, 0, 0, 0.0, L); }
  if (active[172]) { static const int32_t L[] = {889, -2, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 400, 279, 0, 167, 0.0, L); }
  if (active[173]) { static const int32_t L[] = {400}; NAME(step)(f, I, K, 25, 0, 1, 1, 401, 283, KAOHE_LANE_INPUT + 156, 168, 20.0, L); }
  if (active[174]) NAME(step)(f, I, K, 16, 0, 0, 0, 404, KAOHE_LANE_INPUT + 112, -3, 0, 0.0, 0);
  if (active[175]) { static const int32_t L[] = {404}; NAME(step)(f, I, K, 25, 0, 1, 1, 405, 284, KAOHE_LANE_INPUT + 156, 170, 20.0, L); }
  if (active[176]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 113, -9, -12, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 408, 285, 0, 171, 0.0, L); }
  if (active[177]) { static const int32_t L[] = {408}; NAME(step)(f, I, K, 25, 0, 1, 1, 409, 289, KAOHE_LANE_INPUT + 156, 172, 30.0, L); }
  if (active[178]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 114, -1, -12, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 410, 290, 0, 173, 0.0, L); }
  if (active[179]) { static const int32_t L[] = {410}; NAME(step)(f, I, K, 25, 0, 1, 1, 411, 294, KAOHE_LANE_INPUT + 156, 174, 30.0, L); }
  if (active[180]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 115, KAOHE_LANE_INPUT + 116, KAOHE_LANE_INPUT + 117}; NAME(step)(f, I, K, 20, 0, 0, 3, 891, 295, 0, 0, 0.0, L); }
  if (active[181]) { static const int32_t L[] = {891, -2, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 415, 298, 0, 176, 0.0, L); }
  if (active[182]) { static const int32_t L[] = {415}; NAME(step)(f, I, K, 25, 0, 1, 1, 416, 302, KAOHE_LANE_INPUT + 156, 177, 20.0, L); }
  if (active[183]) NAME(step)(f, I, K, 16, 0, 0, 0, 419, KAOHE_LANE_INPUT + 118, -3, 0, 0.0, 0);
  if (active[184]) { static const int32_t L[] = {419}; NAME(step)(f, I, K, 25, 0, 1, 1, 420, 303, KAOHE_LANE_INPUT + 156, 179, 20.0, L); }
  if (active[185]) NAME(step)(f, I, K, 16, 0, 0, 0, 423, KAOHE_LANE_INPUT + 119, -3, 0, 0.0, 0);
  if (active[186]) { static const int32_t L[] = {423}; NAME(step)(f, I, K, 25, 0, 1, 1, 424, 304, KAOHE_LANE_INPUT + 156, 181, 20.0, L); }
  if (active[187]) NAME(step)(f, I, K, 16, 0, 0, 0, 425, KAOHE_LANE_INPUT + 120, -3, 0, 0.0, 0);
  if (active[188]) { static const int32_t L[] = {425}; NAME(step)(f, I, K, 25, 0, 1, 1, 426, 305, KAOHE_LANE_INPUT + 156, 183, 20.0, L); }
  if (active[189]) NAME(step)(f, I, K, 16, 0, 0, 0, 427, KAOHE_LANE_INPUT + 121, -5, 0, 0.0, 0);
  if (active[190]) { static const int32_t L[] = {427}; NAME(step)(f, I, K, 25, 0, 1, 1, 428, 306, KAOHE_LANE_INPUT + 156, 185, 10.0, L); }
  if (active[191]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 122, -15}; NAME(step)(f, I, K, 18, 0, 0, 2, 896, 307, 0, 0, 0.0, L); }
  if (active[192]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 123, -15}; NAME(step)(f, I, K, 18, 0, 0, 2, 897, 309, 0, 0, 0.0, L); }
  if (active[193]) NAME(step)(f, I, K, 3, 0, 0, 0, 898, 896, 897, 0, 0.0, 0);
  if (active[194]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 124, -5}; NAME(step)(f, I, K, 18, 0, 0, 2, 899, 311, 0, 0, 0.0, L); }
  if (active[195]) NAME(step)(f, I, K, 3, 0, 0, 0, 900, 898, 899, 0, 0.0, 0);
  if (active[196]) { static const int32_t L[] = {900, -3, -5, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 429, 313, 0, 189, 0.0, L); }
  if (active[197]) { static const int32_t L[] = {429}; NAME(step)(f, I, K, 25, 0, 1, 1, 430, 317, KAOHE_LANE_INPUT + 156, 190, 10.0, L); }
  if (active[198]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 125, KAOHE_LANE_INPUT + 126, KAOHE_LANE_INPUT + 127}; NAME(step)(f, I, K, 20, 0, 0, 3, 901, 318, 0, 0, 0.0, L); }
  if (active[199]) { static const int32_t L[] = {901, -2, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 434, 321, 0, 192, 0.0, L); }
  if (active[200]) { static const int32_t L[] = {434}; NAME(step)(f, I, K, 25, 0, 1, 1, 435, 325, KAOHE_LANE_INPUT + 156, 193, 20.0, L); }
  if (active[201]) NAME(step)(f, I, K, 16, 0, 0, 0, 438, KAOHE_LANE_INPUT + 128, -3, 0, 0.0, 0);
  if (active[202]) { static const int32_t L[] = {438}; NAME(step)(f, I, K, 25, 0, 1, 1, 439, 326, KAOHE_LANE_INPUT + 156, 195, 20.0, L); }
  if (active[203]) NAME(step)(f, I, K, 16, 0, 0, 0, 442, KAOHE_LANE_INPUT + 129, -12, 0, 0.0, 0);
  if (active[204]) { static const int32_t L[] = {442}; NAME(step)(f, I, K, 25, 0, 1, 1, 443, 327, KAOHE_LANE_INPUT + 156, 197, 30.0, L); }
  if (active[205]) NAME(step)(f, I, K, 16, 0, 0, 0, 444, KAOHE_LANE_INPUT + 130, -12, 0, 0.0, 0);
  if (active[206]) { static const int32_t L[] = {444}; NAME(step)(f, I, K, 25, 0, 1, 1, 445, 328, KAOHE_LANE_INPUT + 156, 199, 30.0, L); }
  if (active[207]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 131, KAOHE_LANE_INPUT + 132, KAOHE_LANE_INPUT + 133}; NAME(step)(f, I, K, 20, 0, 0, 3, 905, 329, 0, 0, 0.0, L); }
  if (active[208]) { static const int32_t L[] = {905, -2, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 449, 332, 0, 201, 0.0, L); }
  if (active[209]) { static const int32_t L[] = {449}; NAME(step)(f, I, K, 25, 0, 1, 1, 450, 336, KAOHE_LANE_INPUT + 156, 202, 20.0, L); }
  if (active[210]) NAME(step)(f, I, K, 16, 0, 0, 0, 453, KAOHE_LANE_INPUT + 134, -3, 0, 0.0, 0);
  if (active[211]) { static const int32_t L[] = {453}; NAME(step)(f, I, K, 25, 0, 1, 1, 454, 337, KAOHE_LANE_INPUT + 156, 204, 20.0, L); }
  if (active[212]) NAME(step)(f, I, K, 16, 0, 0, 0, 457, KAOHE_LANE_INPUT + 135, -12, 0, 0.0, 0);
  if (active[213]) { static const int32_t L[] = {457}; NAME(step)(f, I, K, 25, 0, 1, 1, 458, 338, KAOHE_LANE_INPUT + 156, 206, 30.0, L); }
  if (active[214]) NAME(step)(f, I, K, 16, 0, 0, 0, 459, KAOHE_LANE_INPUT + 136, -12, 0, 0.0, 0);
  if (active[215]) { static const int32_t L[] = {459}; NAME(step)(f, I, K, 25, 0, 1, 1, 460, 339, KAOHE_LANE_INPUT + 156, 208, 30.0, L); }
  if (active[216]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 137, KAOHE_LANE_INPUT + 138, KAOHE_LANE_INPUT + 139}; NAME(step)(f, I, K, 20, 0, 0, 3, 909, 340, 0, 0, 0.0, L); }
  if (active[217]) { static const int32_t L[] = {909, -2, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 464, 343, 0, 210, 0.0, L); }
  if (active[218]) { static const int32_t L[] = {464}; NAME(step)(f, I, K, 25, 0, 1, 1, 465, 347, KAOHE_LANE_INPUT + 156, 211, 20.0, L); }
  if (active[219]) NAME(step)(f, I, K, 16, 0, 0, 0, 468, KAOHE_LANE_INPUT + 140, -3, 0, 0.0, 0);
  if (active[220]) { static const int32_t L[] = {468}; NAME(step)(f, I, K, 25, 0, 1, 1, 469, 348, KAOHE_LANE_INPUT + 156, 213, 20.0, L); }
  if (active[221]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 141, -2, -12, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 472, 349, 0, 214, 0.0, L); }
  if (active[222]) { static const int32_t L[] = {472}; NAME(step)(f, I, K, 25, 0, 1, 1, 473, 353, KAOHE_LANE_INPUT + 156, 215, 30.0, L); }
  if (active[223]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 142, -2, -12, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 474, 354, 0, 216, 0.0, L); }
  if (active[224]) { static const int32_t L[] = {474}; NAME(step)(f, I, K, 25, 0, 1, 1, 475, 358, KAOHE_LANE_INPUT + 156, 217, 30.0, L); }
  if (active[225]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 143, KAOHE_LANE_INPUT + 144, KAOHE_LANE_INPUT + 145}; NAME(step)(f, I, K, 20, 0, 0, 3, 911, 359, 0, 0, 0.0, L); }
  if (active[226]) { static const int32_t L[] = {911, -2, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 479, 362, 0, 219, 0.0, L); }
  if (active[227]) { static const int32_t L[] = {479}; NAME(step)(f, I, K, 25, 0, 1, 1, 480, 366, KAOHE_LANE_INPUT + 156, 220, 20.0, L); }
  if (active[228]) NAME(step)(f, I, K, 16, 0, 0, 0, 483, KAOHE_LANE_INPUT + 146, -3, 0, 0.0, 0);
  if (active[229]) { static const int32_t L[] = {483}; NAME(step)(f, I, K, 25, 0, 1, 1, 484, 367, KAOHE_LANE_INPUT + 156, 222, 20.0, L); }
  if (active[230]) NAME(step)(f, I, K, 16, 0, 0, 0, 487, KAOHE_LANE_INPUT + 147, -12, 0, 0.0, 0);
  if (active[231]) { static const int32_t L[] = {487}; NAME(step)(f, I, K, 25, 0, 1, 1, 488, 368, KAOHE_LANE_INPUT + 156, 224, 30.0, L); }
  if (active[232]) NAME(step)(f, I, K, 16, 0, 0, 0, 489, KAOHE_LANE_INPUT + 148, -12, 0, 0.0, 0);
  if (active[233]) { static const int32_t L[] = {489}; NAME(step)(f, I, K, 25, 0, 1, 1, 490, 369, KAOHE_LANE_INPUT + 156, 226, 30.0, L); }
  if (active[234]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 149, KAOHE_LANE_INPUT + 150, KAOHE_LANE_INPUT + 151}; NAME(step)(f, I, K, 20, 0, 0, 3, 915, 370, 0, 0, 0.0, L); }
  if (active[235]) { static const int32_t L[] = {915, -2, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 494, 373, 0, 228, 0.0, L); }
  if (active[236]) { static const int32_t L[] = {494}; NAME(step)(f, I, K, 25, 0, 1, 1, 495, 377, KAOHE_LANE_INPUT + 156, 229, 20.0, L); }
  if (active[237]) NAME(step)(f, I, K, 16, 0, 0, 0, 498, KAOHE_LANE_INPUT + 152, -3, 0, 0.0, 0);
  if (active[238]) { static const int32_t L[] = {498}; NAME(step)(f, I, K, 25, 0, 1, 1, 499, 378, KAOHE_LANE_INPUT + 156, 231, 20.0, L); }
  if (active[239]) { static const int32_t L[] = {KAOHE_LANE_INPUT + 153, -16, -3, 827}; NAME(step)(f, I, K, 23, 15, 0, 4, 502, 379, 0, 232, 0.0, L); }
  if (active[240]) { static const int32_t L[] = {502}; NAME(step)(f, I, K, 25, 0, 1, 1, 503, 383, KAOHE_LANE_INPUT + 156, 233, 20.0, L); }
  if (active[241]) NAME(step)(f, I, K, 16, 0, 0, 0, 504, KAOHE_LANE_INPUT + 154, -3, 0, 0.0, 0);
  if (active[242]) { static const int32_t L[] = {504}; NAME(step)(f, I, K, 25, 0, 1, 1, 505, 384, KAOHE_LANE_INPUT + 156, 235, 20.0, L); }
  if (active[243]) NAME(step)(f, I, K, 16, 0, 0, 0, 506, KAOHE_LANE_INPUT + 155, -3, 0, 0.0, 0);
  if (active[244]) { static const int32_t L[] = {506}; NAME(step)(f, I, K, 25, 0, 1, 1, 507, 385, KAOHE_LANE_INPUT + 156, 237, 20.0, L); }
  if (active[245]) { static const int32_t L[] = {159}; NAME(step)(f, I, K, 21, 0, 1, 1, 160, 386, 0, 0, 0.0, L); }
  if (active[246]) { static const int32_t L[] = {160}; NAME(step)(f, I, K, 21, 0, 1, 1, 161, 387, 0, 0, 0.0, L); }
  if (active[247]) { static const int32_t L[] = {163}; NAME(step)(f, I, K, 21, 0, 1, 1, 164, 388, 0, 0, 0.0, L); }
  if (active[248]) { static const int32_t L[] = {164}; NAME(step)(f, I, K, 21, 0, 1, 1, 165, 389, 0, 0, 0.0, L); }
  if (active[249]) { static const int32_t L[] = {167, 169, 171}; NAME(step)(f, I, K, 21, 0, 1, 3, 172, 390, 0, 0, 0.0, L); }
  if (active[250]) { static const int32_t L[] = {172}; NAME(step)(f, I, K, 21, 0, 1, 1, 173, 393, 0, 0, 0.0, L); }
  if (active[251]) { static const int32_t L[] = {161, 165, 173}; NAME(step)(f, I, K, 21, 0, 1, 3, 174, 394, 0, 0, 0.0, L); }
  if (active[252]) { static const int32_t L[] = {176}; NAME(step)(f, I, K, 21, 0, 1, 1, 177, 397, 0, 0, 0.0, L); }
  if (active[253]) { static const int32_t L[] = {177}; NAME(step)(f, I, K, 21, 0, 1, 1, 178, 398, 0, 0, 0.0, L); }
  if (active[254]) { static const int32_t L[] = {180}; NAME(step)(f, I, K, 21, 0, 1, 1, 181, 399, 0, 0, 0.0, L); }
  if (active[255]) { static const int32_t L[] = {181}; NAME(step)(f, I, K, 21, 0, 1, 1, 182, 400, 0, 0, 0.0, L); }
  if (active[256]) { static const int32_t L[] = {184, 186, 188}; NAME(step)(f, I, K, 21, 0, 1, 3, 189, 401, 0, 0, 0.0, L); }
  if (active[257]) { static const int32_t L[] = {189}; NAME(step)(f, I, K, 21, 0, 1, 1, 190, 404, 0, 0, 0.0, L); }
  if (active[258]) { static const int32_t L[] = {178, 182, 190}; NAME(step)(f, I, K, 21, 0, 1, 3, 191, 405, 0, 0, 0.0, L); }
  if (active[259]) { static const int32_t L[] = {193}; NAME(step)(f, I, K, 21, 0, 1, 1, 194, 408, 0, 0, 0.0, L); }
  if (active[260]) { static const int32_t L[] = {194}; NAME(step)(f, I, K, 21, 0, 1, 1, 195, 409, 0, 0, 0.0, L); }
  if (active[261]) { static const int32_t L[] = {197}; NAME(step)(f, I, K, 21, 0, 1, 1, 198, 410, 0, 0, 0.0, L); }
  if (active[262]) { static const int32_t L[] = {198}; NAME(step)(f, I, K, 21, 0, 1, 1, 199, 411, 0, 0, 0.0, L); }
  if (active[263]) { static const int32_t L[] = {201, 203, 205, 207, 209}; NAME(step)(f, I, K, 21, 0, 1, 5, 210, 412, 0, 0, 0.0, L); }
  if (active[264]) { static const int32_t L[] = {210}; NAME(step)(f, I, K, 21, 0, 1, 1, 211, 417, 0, 0, 0.0, L); }
  if (active[265]) { static const int32_t L[] = {195, 199, 211}; NAME(step)(f, I, K, 21, 0, 1, 3, 212, 418, 0, 0, 0.0, L); }
  if (active[266]) { static const int32_t L[] = {214}; NAME(step)(f, I, K, 21, 0, 1, 1, 215, 421, 0, 0, 0.0, L); }
  if (active[267]) { static const int32_t L[] = {215}; NAME(step)(f, I, K, 21, 0, 1, 1, 216, 422, 0, 0, 0.0, L); }
  if (active[268]) { static const int32_t L[] = {218}; NAME(step)(f, I, K, 21, 0, 1, 1, 219, 423, 0, 0, 0.0, L); }
  if (active[269]) { static const int32_t L[] = {219}; NAME(step)(f, I, K, 21, 0, 1, 1, 220, 424, 0, 0, 0.0, L); }
  if (active[270]) { static const int32_t L[] = {222, 224, 226, 228, 230}; NAME(step)(f, I, K, 21, 0, 1, 5, 231, 425, 0, 0, 0.0, L); }
  if (active[271]) { static const int32_t L[] = {231}; NAME(step)(f, I, K, 21, 0, 1, 1, 232, 430, 0, 0, 0.0, L); }
  if (active[272]) { static const int32_t L[] = {216, 220, 232}; NAME(step)(f, I, K, 21, 0, 1, 3, 233, 431, 0, 0, 0.0, L); }
  if (active[273]) { static const int32_t L[] = {235}; NAME(step)(f, I, K, 21, 0, 1, 1, 236, 434, 0, 0, 0.0, L); }
  if (active[274]) { static const int32_t L[] = {236}; NAME(step)(f, I, K, 21, 0, 1, 1, 237, 435, 0, 0, 0.0, L); }
  if (active[275]) { static const int32_t L[] = {239}; NAME(step)(f, I, K, 21, 0, 1, 1, 240, 436, 0, 0, 0.0, L); }
  if (active[276]) { static const int32_t L[] = {240}; NAME(step)(f, I, K, 21, 0, 1, 1, 241, 437, 0, 0, 0.0, L); }
  if (active[277]) { static const int32_t L[] = {243, 245, 247}; NAME(step)(f, I, K, 21, 0, 1, 3, 248, 438, 0, 0, 0.0, L); }
  if (active[278]) { static const int32_t L[] = {248}; NAME(step)(f, I, K, 21, 0, 1, 1, 249, 441, 0, 0, 0.0, L); }
  if (active[279]) { static const int32_t L[] = {237, 241, 249}; NAME(step)(f, I, K, 21, 0, 1, 3, 250, 442, 0, 0, 0.0, L); }
  if (active[280]) { static const int32_t L[] = {252}; NAME(step)(f, I, K, 21, 0, 1, 1, 253, 445, 0, 0, 0.0, L); }
  if (active[281]) { static const int32_t L[] = {253}; NAME(step)(f, I, K, 21, 0, 1, 1, 254, 446, 0, 0, 0.0, L); }
  if (active[282]) { static const int32_t L[] = {256}; NAME(step)(f, I, K, 21, 0, 1, 1, 257, 447, 0, 0, 0.0, L); }
  if (active[283]) { static const int32_t L[] = {257}; NAME(step)(f, I, K, 21, 0, 1, 1, 258, 448, 0, 0, 0.0, L); }
  if (active[284]) { static const int32_t L[] = {260, 262, 264}; NAME(step)(f, I, K, 21, 0, 1, 3, 265, 449, 0, 0, 0.0, L); }
  if (active[285]) { static const int32_t L[] = {265}; NAME(step)(f, I, K, 21, 0, 1, 1, 266, 452, 0, 0, 0.0, L); }
  if (active[286]) { static const int32_t L[] = {254, 258, 266}; NAME(step)(f, I, K, 21, 0, 1, 3, 267, 453, 0, 0, 0.0, L); }
  if (active[287]) { static const int32_t L[] = {269}; NAME(step)(f, I, K, 21, 0, 1, 1, 270, 456, 0, 0, 0.0, L); }
  if (active[288]) { static const int32_t L[] = {270}; NAME(step)(f, I, K, 21, 0, 1, 1, 271, 457, 0, 0, 0.0, L); }
  if (active[289]) { static const int32_t L[] = {273}; NAME(step)(f, I, K, 21, 0, 1, 1, 274, 458, 0, 0, 0.0, L); }
  if (active[290]) { static const int32_t L[] = {274}; NAME(step)(f, I, K, 21, 0, 1, 1, 275, 459, 0, 0, 0.0, L); }
  if (active[291]) { static const int32_t L[] = {277, 279, 281}; NAME(step)(f, I, K, 21, 0, 1, 3, 282, 460, 0, 0, 0.0, L); }
  if (active[292]) { static const int32_t L[] = {282}; NAME(step)(f, I, K, 21, 0, 1, 1, 283, 463, 0, 0, 0.0, L); }
  if (active[293]) { static const int32_t L[] = {271, 275, 283}; NAME(step)(f, I, K, 21, 0, 1, 3, 284, 464, 0, 0, 0.0, L); }
  if (active[294]) { static const int32_t L[] = {286}; NAME(step)(f, I, K, 21, 0, 1, 1, 287, 467, 0, 0, 0.0, L); }
  if (active[295]) { static const int32_t L[] = {287}; NAME(step)(f, I, K, 21, 0, 1, 1, 288, 468, 0, 0, 0.0, L); }
  if (active[296]) { static const int32_t L[] = {290}; NAME(step)(f, I, K, 21, 0, 1, 1, 291, 469, 0, 0, 0.0, L); }
  if (active[297]) { static const int32_t L[] = {291}; NAME(step)(f, I, K, 21, 0, 1, 1, 292, 470, 0, 0, 0.0, L); }
  if (active[298]) { static const int32_t L[] = {294, 296, 298, 300}; NAME(step)(f, I, K, 21, 0, 1, 4, 301, 471, 0, 0, 0.0, L); }
  if (active[299]) { static const int32_t L[] = {301}; NAME(step)(f, I, K, 21, 0, 1, 1, 302, 475, 0, 0, 0.0, L); }
  if (active[300]) { static const int32_t L[] = {288, 292, 302}; NAME(step)(f, I, K, 21, 0, 1, 3, 303, 476, 0, 0, 0.0, L); }
  if (active[301]) { static const int32_t L[] = {305}; NAME(step)(f, I, K, 21, 0, 1, 1, 306, 479, 0, 0, 0.0, L); }
  if (active[302]) { static const int32_t L[] = {306}; NAME(step)(f, I, K, 21, 0, 1, 1, 307, 480, 0, 0, 0.0, L); }
  if (active[303]) { static const int32_t L[] = {309}; NAME(step)(f, I, K, 21, 0, 1, 1, 310, 481, 0, 0, 0.0, L); }
  if (active[304]) { static const int32_t L[] = {310}; NAME(step)(f, I, K, 21, 0, 1, 1, 311, 482, 0, 0, 0.0, L); }
  if (active[305]) { static const int32_t L[] = {313, 315}; NAME(step)(f, I, K, 21, 0, 1, 2, 316, 483, 0, 0, 0.0, L); }
  if (active[306]) { static const int32_t L[] = {316}; NAME(step)(f, I, K, 21, 0, 1, 1, 317, 485, 0, 0, 0.0, L); }
  if (active[307]) { static const int32_t L[] = {307, 311, 317}; NAME(step)(f, I, K, 21, 0, 1, 3, 318, 486, 0, 0, 0.0, L); }
  if (active[308]) { static const int32_t L[] = {320}; NAME(step)(f, I, K, 21, 0, 1, 1, 321, 489, 0, 0, 0.0, L); }
  if (active[309]) { static const int32_t L[] = {321}; NAME(step)(f, I, K, 21, 0, 1, 1, 322, 490, 0, 0, 0.0, L); }
  if (active[310]) { static const int32_t L[] = {324}; NAME(step)(f, I, K, 21, 0, 1, 1, 325, 491, 0, 0, 0.0, L); }
  if (active[311]) { static const int32_t L[] = {325}; NAME(step)(f, I, K, 21, 0, 1, 1, 326, 492, 0, 0, 0.0, L); }
  if (active[312]) { static const int32_t L[] = {328, 330, 332, 334}; NAME(step)(f, I, K, 21, 0, 1, 4, 335, 493, 0, 0, 0.0, L); }
  if (active[313]) { static const int32_t L[] = {335}; NAME(step)(f, I, K, 21, 0, 1, 1, 336, 497, 0, 0, 0.0, L); }
  if (active[314]) { static const int32_t L[] = {322, 326, 336}; NAME(step)(f, I, K, 21, 0, 1, 3, 337, 498, 0, 0, 0.0, L); }
  if (active[315]) { static const int32_t L[] = {339}; NAME(step)(f, I, K, 21, 0, 1, 1, 340, 501, 0, 0, 0.0, L); }
  if (active[316]) { static const int32_t L[] = {340}; NAME(step)(f, I, K, 21, 0, 1, 1, 341, 502, 0, 0, 0.0, L); }
  if (active[317]) { static const int32_t L[] = {343}; NAME(step)(f, I, K, 21, 0, 1, 1, 344, 503, 0, 0, 0.0, L); }
  if (active[318]) { static const int32_t L[] = {344}; NAME(step)(f, I, K, 21, 0, 1, 1, 345, 504, 0, 0, 0.0, L); }
  if (active[319]) { static const int32_t L[] = {347}; NAME(step)(f, I, K, 21, 0, 1, 1, 348, 505, 0, 0, 0.0, L); }
  if (active[320]) { static const int32_t L[] = {348}; NAME(step)(f, I, K, 21, 0, 1, 1, 349, 506, 0, 0, 0.0, L); }
  if (active[321]) { static const int32_t L[] = {341, 345, 349}; NAME(step)(f, I, K, 21, 0, 1, 3, 350, 507, 0, 0, 0.0, L); }
  if (active[322]) { static const int32_t L[] = {352}; NAME(step)(f, I, K, 21, 0, 1, 1, 353, 510, 0, 0, 0.0, L); }
  if (active[323]) { static const int32_t L[] = {353}; NAME(step)(f, I, K, 21, 0, 1, 1, 354, 511, 0, 0, 0.0, L); }
  if (active[324]) { static const int32_t L[] = {356}; NAME(step)(f, I, K, 21, 0, 1, 1, 357, 512, 0, 0, 0.0, L); }
  if (active[325]) { static const int32_t L[] = {357}; NAME(step)(f, I, K, 21, 0, 1, 1, 358, 513, 0, 0, 0.0, L); }
  if (active[326]) { static const int32_t L[] = {360, 362, 364}; NAME(step)(f, I, K, 21, 0, 1, 3, 365, 514, 0, 0, 0.0, L); }
  if (active[327]) { static const int32_t L[] = {365}; NAME(step)(f, I, K, 21, 0, 1, 1, 366, 517, 0, 0, 0.0, L); }
  if (active[328]) { static const int32_t L[] = {354, 358, 366}; NAME(step)(f, I, K, 21, 0, 1, 3, 367, 518, 0, 0, 0.0, L); }
  if (active[329]) { static const int32_t L[] = {369}; NAME(step)(f, I, K, 21, 0, 1, 1, 370, 521, 0, 0, 0.0, L); }
  if (active[330]) { static const int32_t L[] = {370}; NAME(step)(f, I, K, 21, 0, 1, 1, 371, 522, 0, 0, 0.0, L); }
  if (active[331]) { static const int32_t L[] = {373}; NAME(step)(f, I, K, 21, 0, 1, 1, 374, 523, 0, 0, 0.0, L); }
  if (active[332]) { static const int32_t L[] = {374}; NAME(step)(f, I, K, 21, 0, 1, 1, 375, 524, 0, 0, 0.0, L); }
  if (active[333]) { static const int32_t L[] = {377, 379}; NAME(step)(f, I, K, 21, 0, 1, 2, 380, 525, 0, 0, 0.0, L); }
  if (active[334]) { static const int32_t L[] = {380}; NAME(step)(f, I, K, 21, 0, 1, 1, 381, 527, 0, 0, 0.0, L); }
  if (active[335]) { static const int32_t L[] = {371, 375, 381}; NAME(step)(f, I, K, 21, 0, 1, 3, 382, 528, 0, 0, 0.0, L); }
  if (active[336]) { static const int32_t L[] = {384}; NAME(step)(f, I, K, 21, 0, 1, 1, 385, 531, 0, 0, 0.0, L); }
  if (active[337]) { static const int32_t L[] = {385}; NAME(step)(f, I, K, 21, 0, 1, 1, 386, 532, 0, 0, 0.0, L); }
  if (active[338]) { static const int32_t L[] = {388}; NAME(step)(f, I, K, 21, 0, 1, 1, 389, 533, 0, 0, 0.0, L); }
  if (active[339]) { static const int32_t L[] = {389}; NAME(step)(f, I, K, 21, 0, 1, 1, 390, 534, 0, 0, 0.0, L); }
  if (active[340]) { static const int32_t L[] = {392, 394, 396}; NAME(step)(f, I, K, 21, 0, 1, 3, 397, 535, 0, 0, 0.0, L); }
  if (active[341]) { static const int32_t L[] = {397}; NAME(step)(f, I, K, 21, 0, 1, 1, 398, 538, 0, 0, 0.0, L); }
  if (active[342]) { static const int32_t L[] = {386, 390, 398}; NAME(step)(f, I, K, 21, 0, 1, 3, 399, 539, 0, 0, 0.0, L); }
  if (active[343]) { static const int32_t L[] = {401}; NAME(step)(f, I, K, 21, 0, 1, 1, 402, 542, 0, 0, 0.0, L); }
  if (active[344]) { static const int32_t L[] = {402}; NAME(step)(f, I, K, 21, 0, 1, 1, 403, 543, 0, 0, 0.0, L); }
  if (active[345]) { static const int32_t L[] = {405}; NAME(step)(f, I, K, 21, 0, 1, 1, 406, 544, 0, 0, 0.0, L); }
  if (active[346]) { static const int32_t L[] = {406}; NAME(step)(f, I, K, 21, 0, 1, 1, 407, 545, 0, 0, 0.0, L); }
  if (active[347]) { static const int32_t L[] = {409, 411}; NAME(step)(f, I, K, 21, 0, 1, 2, 412, 546, 0, 0, 0.0, L); }
  if (active[348]) { static const int32_t L[] = {412}; NAME(step)(f, I, K, 21, 0, 1, 1, 413, 548, 0, 0, 0.0, L); }
  if (active[349]) { static const int32_t L[] = {403, 407, 413}; NAME(step)(f, I, K, 21, 0, 1, 3, 414, 549, 0, 0, 0.0, L); }
  if (active[350]) { static const int32_t L[] = {416}; NAME(step)(f, I, K, 21, 0, 1, 1, 417, 552, 0, 0, 0.0, L); }
  if (active[351]) { static const int32_t L[] = {417}; NAME(step)(f, I, K, 21, 0, 1, 1, 418, 553, 0, 0, 0.0, L); }
  if (active[352]) { static const int32_t L[] = {420}; NAME(step)(f, I, K, 21, 0, 1, 1, 421, 554, 0, 0, 0.0, L); }
  if (active[353]) { static const int32_t L[] = {421}; NAME(step)(f, I, K, 21, 0, 1, 1, 422, 555, 0, 0, 0.0, L); }
  if (active[354]) { static const int32_t L[] = {424, 426, 428, 430}; NAME(step)(f, I, K, 21, 0, 1, 4, 431, 556, 0, 0, 0.0, L); }
  if (active[355]) { static const int32_t L[] = {431}; NAME(step)(f, I, K, 21, 0, 1, 1, 432, 560, 0, 0, 0.0, L); }
  if (active[356]) { static const int32_t L[] = {418, 422, 432}; NAME(step)(f, I, K, 21, 0, 1, 3, 433, 561, 0, 0, 0.0, L); }
  if (active[357]) { static const int32_t L[] = {435}; NAME(step)(f, I, K, 21, 0, 1, 1, 436, 564, 0, 0, 0.0, L); }
  if (active[358]) { static const int32_t L[] = {436}; NAME(step)(f, I, K, 21, 0, 1, 1, 437, 565, 0, 0, 0.0, L); }
  if (active[359]) { static const int32_t L[] = {439}; NAME(step)(f, I, K, 21, 0, 1, 1, 440, 566, 0, 0, 0.0, L); }
  if (active[360]) { static const int32_t L[] = {440}; NAME(step)(f, I, K, 21, 0, 1, 1, 441, 567, 0, 0, 0.0, L); }
  if (active[361]) { static const int32_t L[] = {443, 445}; NAME(step)(f, I, K, 21, 0, 1, 2, 446, 568, 0, 0, 0.0, L); }
  if (active[362]) { static const int32_t L[] = {446}; NAME(step)(f, I, K, 21, 0, 1, 1, 447, 570, 0, 0, 0.0, L); }
  if (active[363]) { static const int32_t L[] = {437, 441, 447}; NAME(step)(f, I, K, 21, 0, 1, 3, 448, 571, 0, 0, 0.0, L); }
  if (active[364]) { static const int32_t L[] = {450}; NAME(step)(f, I, K, 21, 0, 1, 1, 451, 574, 0, 0, 0.0, L); }
  if (active[365]) { static const int32_t L[] = {451}; NAME(step)(f, I, K, 21, 0, 1, 1, 452, 575, 0, 0, 0.0, L); }
  if (active[366]) { static const int32_t L[] = {454}; NAME(step)(f, I, K, 21, 0, 1, 1, 455, 576, 0, 0, 0.0, L); }
  if (active[367]) { static const int32_t L[] = {455}; NAME(step)(f, I, K, 21, 0, 1, 1, 456, 577, 0, 0, 0.0, L); }
  if (active[368]) { static const int32_t L[] = {458, 460}; NAME(step)(f, I, K, 21, 0, 1, 2, 461, 578, 0, 0, 0.0, L); }
  if (active[369]) { static const int32_t L[] = {461}; NAME(step)(f, I, K, 21, 0, 1, 1, 462, 580, 0, 0, 0.0, L); }
  if (active[370]) { static const int32_t L[] = {452, 456, 462}; NAME(step)(f, I, K, 21, 0, 1, 3, 463, 581, 0, 0, 0.0, L); }
  if (active[371]) { static const int32_t L[] = {465}; NAME(step)(f, I, K, 21, 0, 1, 1, 466, 584, 0, 0, 0.0, L); }
  if (active[372]) { static const int32_t L[] = {466}; NAME(step)(f, I, K, 21, 0, 1, 1, 467, 585, 0, 0, 0.0, L); }
  if (active[373]) { static const int32_t L[] = {469}; NAME(step)(f, I, K, 21, 0, 1, 1, 470, 586, 0, 0, 0.0, L); }
  if (active[374]) { static const int32_t L[] = {470}; NAME(step)(f, I, K, 21, 0, 1, 1, 471, 587, 0, 0, 0.0, L); }
  if (active[375]) { static const int32_t L[] = {473, 475}; NAME(step)(f, I, K, 21, 0, 1, 2, 476, 588, 0, 0, 0.0, L); }
  if (active[376]) { static const int32_t L[] = {476}; NAME(step)(f, I, K, 21, 0, 1, 1, 477, 590, 0, 0, 0.0, L); }
  if (active[377]) { static const int32_t L[] = {467, 471, 477}; NAME(step)(f, I, K, 21, 0, 1, 3, 478, 591, 0, 0, 0.0, L); }
  if (active[378]) { static const int32_t L[] = {480}; NAME(step)(f, I, K, 21, 0, 1, 1, 481, 594, 0, 0, 0.0, L); }
  if (active[379]) { static const int32_t L[] = {481}; NAME(step)(f, I, K, 21, 0, 1, 1, 482, 595, 0, 0, 0.0, L); }
  if (active[380]) { static const int32_t L[] = {484}; NAME(step)(f, I, K, 21, 0, 1, 1, 485, 596, 0, 0, 0.0, L); }
  if (active[381]) { static const int32_t L[] = {485}; NAME(step)(f, I, K, 21, 0, 1, 1, 486, 597, 0, 0, 0.0, L); }
  if (active[382]) { static const int32_t L[] = {488, 490}; NAME(step)(f, I, K, 21, 0, 1, 2, 491, 598, 0, 0, 0.0, L); }
  if (active[383]) { static const int32_t L[] = {491}; NAME(step)(f, I, K, 21, 0, 1, 1, 492, 600, 0, 0, 0.0, L); }
  if (active[384]) { static const int32_t L[] = {482, 486, 492}; NAME(step)(f, I, K, 21, 0, 1, 3, 493, 601, 0, 0, 0.0, L); }
  if (active[385]) { static const int32_t L[] = {495}; NAME(step)(f, I, K, 21, 0, 1, 1, 496, 604, 0, 0, 0.0, L); }
  if (active[386]) { static const int32_t L[] = {496}; NAME(step)(f, I, K, 21, 0, 1, 1, 497, 605, 0, 0, 0.0, L); }
  if (active[387]) { static const int32_t L[] = {499}; NAME(step)(f, I, K, 21, 0, 1, 1, 500, 606, 0, 0, 0.0, L); }
  if (active[388]) { static const int32_t L[] = {500}; NAME(step)(f, I, K, 21, 0, 1, 1, 501, 607, 0, 0, 0.0, L); }
  if (active[389]) { static const int32_t L[] = {503, 505, 507}; NAME(step)(f, I, K, 21, 0, 1, 3, 508, 608, 0, 0, 0.0, L); }
  if (active[390]) { static const int32_t L[] = {508}; NAME(step)(f, I, K, 21, 0, 1, 1, 509, 611, 0, 0, 0.0, L); }
  if (active[391]) { static const int32_t L[] = {497, 501, 509}; NAME(step)(f, I, K, 21, 0, 1, 3, 510, 612, 0, 0, 0.0, L); }
}

// The whole kernel: every step, the temporaries in places from location 923 on.
static void NAME(ankangSelenium2020Whole)(double *f, const double *const *I) {
  const double *K = NAME(ankangSelenium2020Constants);
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 0, KAOHE_LANE_INPUT + 1, KAOHE_LANE_INPUT + 2}; NAME(step)(f, I, K, 20, 0, 0, 3, 923, 0, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 11, 0, 0, 0, 924, KAOHE_LANE_INPUT + 157, -1, 0, 0.0, 0);
  { static const int32_t L[] = {923, -2, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 158, 3, 0, 1, 0.0, L); }
  { static const int32_t L[] = {158}; NAME(step)(f, I, K, 25, 0, 1, 1, 159, 7, KAOHE_LANE_INPUT + 156, 2, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 162, KAOHE_LANE_INPUT + 3, -3, 0, 0.0, 0);
  { static const int32_t L[] = {162}; NAME(step)(f, I, K, 25, 0, 1, 1, 163, 8, KAOHE_LANE_INPUT + 156, 4, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 166, KAOHE_LANE_INPUT + 4, -3, 0, 0.0, 0);
  { static const int32_t L[] = {166}; NAME(step)(f, I, K, 25, 0, 1, 1, 167, 9, KAOHE_LANE_INPUT + 156, 6, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 168, KAOHE_LANE_INPUT + 5, -3, 0, 0.0, 0);
  { static const int32_t L[] = {168}; NAME(step)(f, I, K, 25, 0, 1, 1, 169, 10, KAOHE_LANE_INPUT + 156, 8, 20.0, L); }
  NAME(step)(f, I, K, 9, 0, 0, 0, 923, KAOHE_LANE_INPUT + 6, KAOHE_LANE_INPUT + 7, 0, 0.0, 0);
  NAME(step)(f, I, K, 16, 0, 0, 0, 170, 923, -3, 0, 0.0, 0);
  { static const int32_t L[] = {170}; NAME(step)(f, I, K, 25, 0, 1, 1, 171, 11, KAOHE_LANE_INPUT + 156, 10, 20.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 8, KAOHE_LANE_INPUT + 9, KAOHE_LANE_INPUT + 10}; NAME(step)(f, I, K, 20, 0, 0, 3, 923, 12, 0, 0, 0.0, L); }
  { static const int32_t L[] = {923, -2, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 175, 15, 0, 12, 0.0, L); }
  { static const int32_t L[] = {175}; NAME(step)(f, I, K, 25, 0, 1, 1, 176, 19, KAOHE_LANE_INPUT + 156, 13, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 179, KAOHE_LANE_INPUT + 11, -3, 0, 0.0, 0);
  { static const int32_t L[] = {179}; NAME(step)(f, I, K, 25, 0, 1, 1, 180, 20, KAOHE_LANE_INPUT + 156, 15, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 183, KAOHE_LANE_INPUT + 12, -3, 0, 0.0, 0);
  { static const int32_t L[] = {183}; NAME(step)(f, I, K, 25, 0, 1, 1, 184, 21, KAOHE_LANE_INPUT + 156, 17, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 185, KAOHE_LANE_INPUT + 13, -3, 0, 0.0, 0);
  { static const int32_t L[] = {185}; NAME(step)(f, I, K, 25, 0, 1, 1, 186, 22, KAOHE_LANE_INPUT + 156, 19, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 187, KAOHE_LANE_INPUT + 14, -3, 0, 0.0, 0);
  { static const int32_t L[] = {187}; NAME(step)(f, I, K, 25, 0, 1, 1, 188, 23, KAOHE_LANE_INPUT + 156, 21, 20.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 15, KAOHE_LANE_INPUT + 16, KAOHE_LANE_INPUT + 17}; NAME(step)(f, I, K, 20, 0, 0, 3, 923, 24, 0, 0, 0.0, L); }
  { static const int32_t L[] = {923, -2, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 192, 27, 0, 23, 0.0, L); }
  { static const int32_t L[] = {192}; NAME(step)(f, I, K, 25, 0, 1, 1, 193, 31, KAOHE_LANE_INPUT + 156, 24, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 196, KAOHE_LANE_INPUT + 18, -3, 0, 0.0, 0);
  { static const int32_t L[] = {196}; NAME(step)(f, I, K, 25, 0, 1, 1, 197, 32, KAOHE_LANE_INPUT + 156, 26, 20.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 19, -4, -5, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 200, 33, 0, 27, 0.0, L); }
  { static const int32_t L[] = {200}; NAME(step)(f, I, K, 25, 0, 1, 1, 201, 37, KAOHE_LANE_INPUT + 156, 28, 10.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 20, -2, -5, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 202, 38, 0, 29, 0.0, L); }
  { static const int32_t L[] = {202}; NAME(step)(f, I, K, 25, 0, 1, 1, 203, 42, KAOHE_LANE_INPUT + 156, 30, 10.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 21, -6}; NAME(step)(f, I, K, 19, 0, 0, 2, 923, 43, 0, 0, 0.0, L); }
  { static const int32_t L[] = {923, -7, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 204, 45, 0, 32, 0.0, L); }
  { static const int32_t L[] = {204}; NAME(step)(f, I, K, 25, 0, 1, 1, 205, 49, KAOHE_LANE_INPUT + 156, 33, 20.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 22, -8, -5, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 206, 50, 0, 34, 0.0, L); }
  { static const int32_t L[] = {206}; NAME(step)(f, I, K, 25, 0, 1, 1, 207, 54, KAOHE_LANE_INPUT + 156, 35, 10.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 208, KAOHE_LANE_INPUT + 23, -5, 0, 0.0, 0);
  { static const int32_t L[] = {208}; NAME(step)(f, I, K, 25, 0, 1, 1, 209, 55, KAOHE_LANE_INPUT + 156, 37, 10.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 24, KAOHE_LANE_INPUT + 25, KAOHE_LANE_INPUT + 26}; NAME(step)(f, I, K, 20, 0, 0, 3, 923, 56, 0, 0, 0.0, L); }
  { static const int32_t L[] = {923, -2, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 213, 59, 0, 39, 0.0, L); }
  { static const int32_t L[] = {213}; NAME(step)(f, I, K, 25, 0, 1, 1, 214, 63, KAOHE_LANE_INPUT + 156, 40, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 217, KAOHE_LANE_INPUT + 27, -3, 0, 0.0, 0);
  { static const int32_t L[] = {217}; NAME(step)(f, I, K, 25, 0, 1, 1, 218, 64, KAOHE_LANE_INPUT + 156, 42, 20.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 28, -3, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 221, 65, 0, 43, 0.0, L); }
  { static const int32_t L[] = {221}; NAME(step)(f, I, K, 25, 0, 1, 1, 222, 69, KAOHE_LANE_INPUT + 156, 44, 20.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 29, -5, -5, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 223, 70, 0, 45, 0.0, L); }
  { static const int32_t L[] = {223}; NAME(step)(f, I, K, 25, 0, 1, 1, 224, 74, KAOHE_LANE_INPUT + 156, 46, 10.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 30, KAOHE_LANE_INPUT + 31, KAOHE_LANE_INPUT + 32, KAOHE_LANE_INPUT + 33}; NAME(step)(f, I, K, 20, 0, 0, 4, 923, 75, 0, 0, 0.0, L); }
  { static const int32_t L[] = {923, -8, -5, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 225, 79, 0, 48, 0.0, L); }
  { static const int32_t L[] = {225}; NAME(step)(f, I, K, 25, 0, 1, 1, 226, 83, KAOHE_LANE_INPUT + 156, 49, 10.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 227, KAOHE_LANE_INPUT + 34, -5, 0, 0.0, 0);
  { static const int32_t L[] = {227}; NAME(step)(f, I, K, 25, 0, 1, 1, 228, 84, KAOHE_LANE_INPUT + 156, 51, 10.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 229, KAOHE_LANE_INPUT + 35, -5, 0, 0.0, 0);
  { static const int32_t L[] = {229}; NAME(step)(f, I, K, 25, 0, 1, 1, 230, 85, KAOHE_LANE_INPUT + 156, 53, 10.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 36, KAOHE_LANE_INPUT + 37, KAOHE_LANE_INPUT + 38}; NAME(step)(f, I, K, 20, 0, 0, 3, 923, 86, 0, 0, 0.0, L); }
  { static const int32_t L[] = {923, -2, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 234, 89, 0, 55, 0.0, L); }
  { static const int32_t L[] = {234}; NAME(step)(f, I, K, 25, 0, 1, 1, 235, 93, KAOHE_LANE_INPUT + 156, 56, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 238, KAOHE_LANE_INPUT + 39, -3, 0, 0.0, 0);
  { static const int32_t L[] = {238}; NAME(step)(f, I, K, 25, 0, 1, 1, 239, 94, KAOHE_LANE_INPUT + 156, 58, 20.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 40, KAOHE_LANE_INPUT + 41}; NAME(step)(f, I, K, 20, 0, 0, 2, 923, 95, 0, 0, 0.0, L); }
  { static const int32_t L[] = {923, -9, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 242, 97, 0, 60, 0.0, L); }
  { static const int32_t L[] = {242}; NAME(step)(f, I, K, 25, 0, 1, 1, 243, 101, KAOHE_LANE_INPUT + 156, 61, 20.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 42, KAOHE_LANE_INPUT + 43, KAOHE_LANE_INPUT + 44}; NAME(step)(f, I, K, 20, 0, 0, 3, 923, 102, 0, 0, 0.0, L); }
  { static const int32_t L[] = {923, -2, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 244, 105, 0, 63, 0.0, L); }
  { static const int32_t L[] = {244}; NAME(step)(f, I, K, 25, 0, 1, 1, 245, 109, KAOHE_LANE_INPUT + 156, 64, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 246, KAOHE_LANE_INPUT + 45, -3, 0, 0.0, 0);
  { static const int32_t L[] = {246}; NAME(step)(f, I, K, 25, 0, 1, 1, 247, 110, KAOHE_LANE_INPUT + 156, 66, 20.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 46, KAOHE_LANE_INPUT + 47, KAOHE_LANE_INPUT + 48}; NAME(step)(f, I, K, 20, 0, 0, 3, 923, 111, 0, 0, 0.0, L); }
  { static const int32_t L[] = {923, -2, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 251, 114, 0, 68, 0.0, L); }
  { static const int32_t L[] = {251}; NAME(step)(f, I, K, 25, 0, 1, 1, 252, 118, KAOHE_LANE_INPUT + 156, 69, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 255, KAOHE_LANE_INPUT + 49, -3, 0, 0.0, 0);
  { static const int32_t L[] = {255}; NAME(step)(f, I, K, 25, 0, 1, 1, 256, 119, KAOHE_LANE_INPUT + 156, 71, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 259, KAOHE_LANE_INPUT + 50, -3, 0, 0.0, 0);
  { static const int32_t L[] = {259}; NAME(step)(f, I, K, 25, 0, 1, 1, 260, 120, KAOHE_LANE_INPUT + 156, 73, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 261, KAOHE_LANE_INPUT + 51, -3, 0, 0.0, 0);
  { static const int32_t L[] = {261}; NAME(step)(f, I, K, 25, 0, 1, 1, 262, 121, KAOHE_LANE_INPUT + 156, 75, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 263, KAOHE_LANE_INPUT + 52, -3, 0, 0.0, 0);
  { static const int32_t L[] = {263}; NAME(step)(f, I, K, 25, 0, 1, 1, 264, 122, KAOHE_LANE_INPUT + 156, 77, 20.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 53, KAOHE_LANE_INPUT + 54, KAOHE_LANE_INPUT + 55}; NAME(step)(f, I, K, 20, 0, 0, 3, 923, 123, 0, 0, 0.0, L); }
  { static const int32_t L[] = {923, -2, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 268, 126, 0, 79, 0.0, L); }
  { static const int32_t L[] = {268}; NAME(step)(f, I, K, 25, 0, 1, 1, 269, 130, KAOHE_LANE_INPUT + 156, 80, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 272, KAOHE_LANE_INPUT + 56, -3, 0, 0.0, 0);
  { static const int32_t L[] = {272}; NAME(step)(f, I, K, 25, 0, 1, 1, 273, 131, KAOHE_LANE_INPUT + 156, 82, 20.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 57, -10, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 276, 132, 0, 83, 0.0, L); }
  { static const int32_t L[] = {276}; NAME(step)(f, I, K, 25, 0, 1, 1, 277, 136, KAOHE_LANE_INPUT + 156, 84, 20.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 58, -5, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 278, 137, 0, 85, 0.0, L); }
  { static const int32_t L[] = {278}; NAME(step)(f, I, K, 25, 0, 1, 1, 279, 141, KAOHE_LANE_INPUT + 156, 86, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 280, KAOHE_LANE_INPUT + 59, -3, 0, 0.0, 0);
  { static const int32_t L[] = {280}; NAME(step)(f, I, K, 25, 0, 1, 1, 281, 142, KAOHE_LANE_INPUT + 156, 88, 20.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 60, KAOHE_LANE_INPUT + 61, KAOHE_LANE_INPUT + 62}; NAME(step)(f, I, K, 20, 0, 0, 3, 923, 143, 0, 0, 0.0, L); }
  { static const int32_t L[] = {923, -2, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 285, 146, 0, 90, 0.0, L); }
  { static const int32_t L[] = {285}; NAME(step)(f, I, K, 25, 0, 1, 1, 286, 150, KAOHE_LANE_INPUT + 156, 91, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 289, KAOHE_LANE_INPUT + 63, -3, 0, 0.0, 0);
  { static const int32_t L[] = {289}; NAME(step)(f, I, K, 25, 0, 1, 1, 290, 151, KAOHE_LANE_INPUT + 156, 93, 20.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 64, -2, -11, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 293, 152, 0, 94, 0.0, L); }
  { static const int32_t L[] = {293}; NAME(step)(f, I, K, 25, 0, 1, 1, 294, 156, KAOHE_LANE_INPUT + 156, 95, 15.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 65}; NAME(step)(f, I, K, 20, 0, 0, 1, 923, 157, 0, 0, 0.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 66, -9}; NAME(step)(f, I, K, 18, 0, 0, 2, 925, 158, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 6, 0, 0, 0, 926, 925, -9, 0, 0.0, 0);
  NAME(step)(f, I, K, 3, 0, 0, 0, 925, 923, 926, 0, 0.0, 0);
  { static const int32_t L[] = {925, -9, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 295, 160, 0, 98, 0.0, L); }
  { static const int32_t L[] = {295}; NAME(step)(f, I, K, 25, 0, 1, 1, 296, 164, KAOHE_LANE_INPUT + 156, 99, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 297, KAOHE_LANE_INPUT + 67, -11, 0, 0.0, 0);
  { static const int32_t L[] = {297}; NAME(step)(f, I, K, 25, 0, 1, 1, 298, 165, KAOHE_LANE_INPUT + 156, 101, 15.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 299, KAOHE_LANE_INPUT + 68, -5, 0, 0.0, 0);
  { static const int32_t L[] = {299}; NAME(step)(f, I, K, 25, 0, 1, 1, 300, 166, KAOHE_LANE_INPUT + 156, 103, 10.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 69, KAOHE_LANE_INPUT + 70, KAOHE_LANE_INPUT + 71}; NAME(step)(f, I, K, 20, 0, 0, 3, 925, 167, 0, 0, 0.0, L); }
  { static const int32_t L[] = {925, -2, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 304, 170, 0, 105, 0.0, L); }
  { static const int32_t L[] = {304}; NAME(step)(f, I, K, 25, 0, 1, 1, 305, 174, KAOHE_LANE_INPUT + 156, 106, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 308, KAOHE_LANE_INPUT + 72, -3, 0, 0.0, 0);
  { static const int32_t L[] = {308}; NAME(step)(f, I, K, 25, 0, 1, 1, 309, 175, KAOHE_LANE_INPUT + 156, 108, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 312, KAOHE_LANE_INPUT + 73, -12, 0, 0.0, 0);
  { static const int32_t L[] = {312}; NAME(step)(f, I, K, 25, 0, 1, 1, 313, 176, KAOHE_LANE_INPUT + 156, 110, 30.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 314, KAOHE_LANE_INPUT + 74, -12, 0, 0.0, 0);
  { static const int32_t L[] = {314}; NAME(step)(f, I, K, 25, 0, 1, 1, 315, 177, KAOHE_LANE_INPUT + 156, 112, 30.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 75, KAOHE_LANE_INPUT + 76, KAOHE_LANE_INPUT + 77}; NAME(step)(f, I, K, 20, 0, 0, 3, 925, 178, 0, 0, 0.0, L); }
  { static const int32_t L[] = {925, -2, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 319, 181, 0, 114, 0.0, L); }
  { static const int32_t L[] = {319}; NAME(step)(f, I, K, 25, 0, 1, 1, 320, 185, KAOHE_LANE_INPUT + 156, 115, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 323, KAOHE_LANE_INPUT + 78, -3, 0, 0.0, 0);
  { static const int32_t L[] = {323}; NAME(step)(f, I, K, 25, 0, 1, 1, 324, 186, KAOHE_LANE_INPUT + 156, 117, 20.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 79, -1, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 327, 187, 0, 118, 0.0, L); }
  { static const int32_t L[] = {327}; NAME(step)(f, I, K, 25, 0, 1, 1, 328, 191, KAOHE_LANE_INPUT + 156, 119, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 329, KAOHE_LANE_INPUT + 80, -5, 0, 0.0, 0);
  { static const int32_t L[] = {329}; NAME(step)(f, I, K, 25, 0, 1, 1, 330, 192, KAOHE_LANE_INPUT + 156, 121, 10.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 331, KAOHE_LANE_INPUT + 81, -5, 0, 0.0, 0);
  { static const int32_t L[] = {331}; NAME(step)(f, I, K, 25, 0, 1, 1, 332, 193, KAOHE_LANE_INPUT + 156, 123, 10.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 82, -1, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 333, 194, 0, 124, 0.0, L); }
  { static const int32_t L[] = {333}; NAME(step)(f, I, K, 25, 0, 1, 1, 334, 198, KAOHE_LANE_INPUT + 156, 125, 20.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 83, KAOHE_LANE_INPUT + 84, KAOHE_LANE_INPUT + 85}; NAME(step)(f, I, K, 20, 0, 0, 3, 925, 199, 0, 0, 0.0, L); }
  { static const int32_t L[] = {925, -2, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 338, 202, 0, 127, 0.0, L); }
  { static const int32_t L[] = {338}; NAME(step)(f, I, K, 25, 0, 1, 1, 339, 206, KAOHE_LANE_INPUT + 156, 128, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 342, KAOHE_LANE_INPUT + 86, -3, 0, 0.0, 0);
  { static const int32_t L[] = {342}; NAME(step)(f, I, K, 25, 0, 1, 1, 343, 207, KAOHE_LANE_INPUT + 156, 130, 20.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 87, -13, -14, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 346, 208, 0, 131, 0.0, L); }
  { static const int32_t L[] = {346}; NAME(step)(f, I, K, 25, 0, 1, 1, 347, 212, KAOHE_LANE_INPUT + 156, 132, 60.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 88, KAOHE_LANE_INPUT + 89, KAOHE_LANE_INPUT + 90}; NAME(step)(f, I, K, 20, 0, 0, 3, 925, 213, 0, 0, 0.0, L); }
  { static const int32_t L[] = {925, -2, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 351, 216, 0, 134, 0.0, L); }
  { static const int32_t L[] = {351}; NAME(step)(f, I, K, 25, 0, 1, 1, 352, 220, KAOHE_LANE_INPUT + 156, 135, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 355, KAOHE_LANE_INPUT + 91, -3, 0, 0.0, 0);
  { static const int32_t L[] = {355}; NAME(step)(f, I, K, 25, 0, 1, 1, 356, 221, KAOHE_LANE_INPUT + 156, 137, 20.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 92, -15, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 359, 222, 0, 138, 0.0, L); }
  { static const int32_t L[] = {359}; NAME(step)(f, I, K, 25, 0, 1, 1, 360, 226, KAOHE_LANE_INPUT + 156, 139, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 361, KAOHE_LANE_INPUT + 93, -3, 0, 0.0, 0);
  { static const int32_t L[] = {361}; NAME(step)(f, I, K, 25, 0, 1, 1, 362, 227, KAOHE_LANE_INPUT + 156, 141, 20.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 94, -10, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 363, 228, 0, 142, 0.0, L); }
  { static const int32_t L[] = {363}; NAME(step)(f, I, K, 25, 0, 1, 1, 364, 232, KAOHE_LANE_INPUT + 156, 143, 20.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 95, KAOHE_LANE_INPUT + 96, KAOHE_LANE_INPUT + 97}; NAME(step)(f, I, K, 20, 0, 0, 3, 925, 233, 0, 0, 0.0, L); }
  { static const int32_t L[] = {925, -2, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 368, 236, 0, 145, 0.0, L); }
  { static const int32_t L[] = {368}; NAME(step)(f, I, K, 25, 0, 1, 1, 369, 240, KAOHE_LANE_INPUT + 156, 146, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 372, KAOHE_LANE_INPUT + 98, -3, 0, 0.0, 0);
  { static const int32_t L[] = {372}; NAME(step)(f, I, K, 25, 0, 1, 1, 373, 241, KAOHE_LANE_INPUT + 156, 148, 20.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 99, -15, -12, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 376, 242, 0, 149, 0.0, L); }
  { static const int32_t L[] = {376}; NAME(step)(f, I, K, 25, 0, 1, 1, 377, 246, KAOHE_LANE_INPUT + 156, 150, 30.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 100, -15, -12, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 378, 247, 0, 151, 0.0, L); }
  { static const int32_t L[] = {378}; NAME(step)(f, I, K, 25, 0, 1, 1, 379, 251, KAOHE_LANE_INPUT + 156, 152, 30.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 101, KAOHE_LANE_INPUT + 102, KAOHE_LANE_INPUT + 103}; NAME(step)(f, I, K, 20, 0, 0, 3, 925, 252, 0, 0, 0.0, L); }
  { static const int32_t L[] = {925, -2, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 383, 255, 0, 154, 0.0, L); }
  { static const int32_t L[] = {383}; NAME(step)(f, I, K, 25, 0, 1, 1, 384, 259, KAOHE_LANE_INPUT + 156, 155, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 387, KAOHE_LANE_INPUT + 104, -3, 0, 0.0, 0);
  { static const int32_t L[] = {387}; NAME(step)(f, I, K, 25, 0, 1, 1, 388, 260, KAOHE_LANE_INPUT + 156, 157, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 391, KAOHE_LANE_INPUT + 105, -5, 0, 0.0, 0);
  { static const int32_t L[] = {391}; NAME(step)(f, I, K, 25, 0, 1, 1, 392, 261, KAOHE_LANE_INPUT + 156, 159, 10.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 106, -15, -12, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 393, 262, 0, 160, 0.0, L); }
  { static const int32_t L[] = {393}; NAME(step)(f, I, K, 25, 0, 1, 1, 394, 266, KAOHE_LANE_INPUT + 156, 161, 30.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 107, -1}; NAME(step)(f, I, K, 18, 0, 0, 2, 925, 267, 0, 0, 0.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 108, -2}; NAME(step)(f, I, K, 18, 0, 0, 2, 926, 269, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 3, 0, 0, 0, 923, 925, 926, 0, 0.0, 0);
  { static const int32_t L[] = {923, -8, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 395, 271, 0, 164, 0.0, L); }
  { static const int32_t L[] = {395}; NAME(step)(f, I, K, 25, 0, 1, 1, 396, 275, KAOHE_LANE_INPUT + 156, 165, 20.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 109, KAOHE_LANE_INPUT + 110, KAOHE_LANE_INPUT + 111}; NAME(step)(f, I, K, 20, 0, 0, 3, 923, 276, 0, 0, 0.0, L); }
  { static const int32_t L[] = {923, -2, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 400, 279, 0, 167, 0.0, L); }
  { static const int32_t L[] = {400}; NAME(step)(f, I, K, 25, 0, 1, 1, 401, 283, KAOHE_LANE_INPUT + 156, 168, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 404, KAOHE_LANE_INPUT + 112, -3, 0, 0.0, 0);
  { static const int32_t L[] = {404}; NAME(step)(f, I, K, 25, 0, 1, 1, 405, 284, KAOHE_LANE_INPUT + 156, 170, 20.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 113, -9, -12, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 408, 285, 0, 171, 0.0, L); }
  { static const int32_t L[] = {408}; NAME(step)(f, I, K, 25, 0, 1, 1, 409, 289, KAOHE_LANE_INPUT + 156, 172, 30.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 114, -1, -12, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 410, 290, 0, 173, 0.0, L); }
  { static const int32_t L[] = {410}; NAME(step)(f, I, K, 25, 0, 1, 1, 411, 294, KAOHE_LANE_INPUT + 156, 174, 30.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 115, KAOHE_LANE_INPUT + 116, KAOHE_LANE_INPUT + 117}; NAME(step)(f, I, K, 20, 0, 0, 3, 923, 295, 0, 0, 0.0, L); }
  { static const int32_t L[] = {923, -2, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 415, 298, 0, 176, 0.0, L); }
  { static const int32_t L[] = {415}; NAME(step)(f, I, K, 25, 0, 1, 1, 416, 302, KAOHE_LANE_INPUT + 156, 177, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 419, KAOHE_LANE_INPUT + 118, -3, 0, 0.0, 0);
  { static const int32_t L[] = {419}; NAME(step)(f, I, K, 25, 0, 1, 1, 420, 303, KAOHE_LANE_INPUT + 156, 179, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 423, KAOHE_LANE_INPUT + 119, -3, 0, 0.0, 0);
  { static const int32_t L[] = {423}; NAME(step)(f, I, K, 25, 0, 1, 1, 424, 304, KAOHE_LANE_INPUT + 156, 181, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 425, KAOHE_LANE_INPUT + 120, -3, 0, 0.0, 0);
  { static const int32_t L[] = {425}; NAME(step)(f, I, K, 25, 0, 1, 1, 426, 305, KAOHE_LANE_INPUT + 156, 183, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 427, KAOHE_LANE_INPUT + 121, -5, 0, 0.0, 0);
  { static const int32_t L[] = {427}; NAME(step)(f, I, K, 25, 0, 1, 1, 428, 306, KAOHE_LANE_INPUT + 156, 185, 10.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 122, -15}; NAME(step)(f, I, K, 18, 0, 0, 2, 923, 307, 0, 0, 0.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 123, -15}; NAME(step)(f, I, K, 18, 0, 0, 2, 926, 309, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 3, 0, 0, 0, 925, 923, 926, 0, 0.0, 0);
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 124, -5}; NAME(step)(f, I, K, 18, 0, 0, 2, 926, 311, 0, 0, 0.0, L); }
  NAME(step)(f, I, K, 3, 0, 0, 0, 923, 925, 926, 0, 0.0, 0);
  { static const int32_t L[] = {923, -3, -5, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 429, 313, 0, 189, 0.0, L); }
  { static const int32_t L[] = {429}; NAME(step)(f, I, K, 25, 0, 1, 1, 430, 317, KAOHE_LANE_INPUT + 156, 190, 10.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 125, KAOHE_LANE_INPUT + 126, KAOHE_LANE_INPUT + 127}; NAME(step)(f, I, K, 20, 0, 0, 3, 923, 318, 0, 0, 0.0, L); }
  { static const int32_t L[] = {923, -2, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 434, 321, 0, 192, 0.0, L); }
  { static const int32_t L[] = {434}; NAME(step)(f, I, K, 25, 0, 1, 1, 435, 325, KAOHE_LANE_INPUT + 156, 193, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 438, KAOHE_LANE_INPUT + 128, -3, 0, 0.0, 0);
  { static const int32_t L[] = {438}; NAME(step)(f, I, K, 25, 0, 1, 1, 439, 326, KAOHE_LANE_INPUT + 156, 195, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 442, KAOHE_LANE_INPUT + 129, -12, 0, 0.0, 0);
  { static const int32_t L[] = {442}; NAME(step)(f, I, K, 25, 0, 1, 1, 443, 327, KAOHE_LANE_INPUT + 156, 197, 30.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 444, KAOHE_LANE_INPUT + 130, -12, 0, 0.0, 0);
  { static const int32_t L[] = {444}; NAME(step)(f, I, K, 25, 0, 1, 1, 445, 328, KAOHE_LANE_INPUT + 156, 199, 30.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 131, KAOHE_LANE_INPUT + 132, KAOHE_LANE_INPUT + 133}; NAME(step)(f, I, K, 20, 0, 0, 3, 923, 329, 0, 0, 0.0, L); }
  { static const int32_t L[] = {923, -2, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 449, 332, 0, 201, 0.0, L); }
  { static const int32_t L[] = {449}; NAME(step)(f, I, K, 25, 0, 1, 1, 450, 336, KAOHE_LANE_INPUT + 156, 202, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 453, KAOHE_LANE_INPUT + 134, -3, 0, 0.0, 0);
  { static const int32_t L[] = {453}; NAME(step)(f, I, K, 25, 0, 1, 1, 454, 337, KAOHE_LANE_INPUT + 156, 204, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 457, KAOHE_LANE_INPUT + 135, -12, 0, 0.0, 0);
  { static const int32_t L[] = {457}; NAME(step)(f, I, K, 25, 0, 1, 1, 458, 338, KAOHE_LANE_INPUT + 156, 206, 30.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 459, KAOHE_LANE_INPUT + 136, -12, 0, 0.0, 0);
  { static const int32_t L[] = {459}; NAME(step)(f, I, K, 25, 0, 1, 1, 460, 339, KAOHE_LANE_INPUT + 156, 208, 30.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 137, KAOHE_LANE_INPUT + 138, KAOHE_LANE_INPUT + 139}; NAME(step)(f, I, K, 20, 0, 0, 3, 923, 340, 0, 0, 0.0, L); }
  { static const int32_t L[] = {923, -2, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 464, 343, 0, 210, 0.0, L); }
  { static const int32_t L[] = {464}; NAME(step)(f, I, K, 25, 0, 1, 1, 465, 347, KAOHE_LANE_INPUT + 156, 211, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 468, KAOHE_LANE_INPUT + 140, -3, 0, 0.0, 0);
  { static const int32_t L[] = {468}; NAME(step)(f, I, K, 25, 0, 1, 1, 469, 348, KAOHE_LANE_INPUT + 156, 213, 20.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 141, -2, -12, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 472, 349, 0, 214, 0.0, L); }
  { static const int32_t L[] = {472}; NAME(step)(f, I, K, 25, 0, 1, 1, 473, 353, KAOHE_LANE_INPUT + 156, 215, 30.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 142, -2, -12, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 474, 354, 0, 216, 0.0, L); }
  { static const int32_t L[] = {474}; NAME(step)(f, I, K, 25, 0, 1, 1, 475, 358, KAOHE_LANE_INPUT + 156, 217, 30.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 143, KAOHE_LANE_INPUT + 144, KAOHE_LANE_INPUT + 145}; NAME(step)(f, I, K, 20, 0, 0, 3, 923, 359, 0, 0, 0.0, L); }
  { static const int32_t L[] = {923, -2, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 479, 362, 0, 219, 0.0, L); }
  { static const int32_t L[] = {479}; NAME(step)(f, I, K, 25, 0, 1, 1, 480, 366, KAOHE_LANE_INPUT + 156, 220, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 483, KAOHE_LANE_INPUT + 146, -3, 0, 0.0, 0);
  { static const int32_t L[] = {483}; NAME(step)(f, I, K, 25, 0, 1, 1, 484, 367, KAOHE_LANE_INPUT + 156, 222, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 487, KAOHE_LANE_INPUT + 147, -12, 0, 0.0, 0);
  { static const int32_t L[] = {487}; NAME(step)(f, I, K, 25, 0, 1, 1, 488, 368, KAOHE_LANE_INPUT + 156, 224, 30.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 489, KAOHE_LANE_INPUT + 148, -12, 0, 0.0, 0);
  { static const int32_t L[] = {489}; NAME(step)(f, I, K, 25, 0, 1, 1, 490, 369, KAOHE_LANE_INPUT + 156, 226, 30.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 149, KAOHE_LANE_INPUT + 150, KAOHE_LANE_INPUT + 151}; NAME(step)(f, I, K, 20, 0, 0, 3, 923, 370, 0, 0, 0.0, L); }
  { static const int32_t L[] = {923, -2, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 494, 373, 0, 228, 0.0, L); }
  { static const int32_t L[] = {494}; NAME(step)(f, I, K, 25, 0, 1, 1, 495, 377, KAOHE_LANE_INPUT + 156, 229, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 498, KAOHE_LANE_INPUT + 152, -3, 0, 0.0, 0);
  { static const int32_t L[] = {498}; NAME(step)(f, I, K, 25, 0, 1, 1, 499, 378, KAOHE_LANE_INPUT + 156, 231, 20.0, L); }
  { static const int32_t L[] = {KAOHE_LANE_INPUT + 153, -16, -3, 924}; NAME(step)(f, I, K, 23, 15, 0, 4, 502, 379, 0, 232, 0.0, L); }
  { static const int32_t L[] = {502}; NAME(step)(f, I, K, 25, 0, 1, 1, 503, 383, KAOHE_LANE_INPUT + 156, 233, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 504, KAOHE_LANE_INPUT + 154, -3, 0, 0.0, 0);
  { static const int32_t L[] = {504}; NAME(step)(f, I, K, 25, 0, 1, 1, 505, 384, KAOHE_LANE_INPUT + 156, 235, 20.0, L); }
  NAME(step)(f, I, K, 16, 0, 0, 0, 506, KAOHE_LANE_INPUT + 155, -3, 0, 0.0, 0);
  { static const int32_t L[] = {506}; NAME(step)(f, I, K, 25, 0, 1, 1, 507, 385, KAOHE_LANE_INPUT + 156, 237, 20.0, L); }
  { static const int32_t L[] = {159}; NAME(step)(f, I, K, 21, 0, 1, 1, 160, 386, 0, 0, 0.0, L); }
  { static const int32_t L[] = {160}; NAME(step)(f, I, K, 21, 0, 1, 1, 161, 387, 0, 0, 0.0, L); }
  { static const int32_t L[] = {163}; NAME(step)(f, I, K, 21, 0, 1, 1, 164, 388, 0, 0, 0.0, L); }
  { static const int32_t L[] = {164}; NAME(step)(f, I, K, 21, 0, 1, 1, 165, 389, 0, 0, 0.0, L); }
  { static const int32_t L[] = {167, 169, 171}; NAME(step)(f, I, K, 21, 0, 1, 3, 172, 390, 0, 0, 0.0, L); }
  { static const int32_t L[] = {172}; NAME(step)(f, I, K, 21, 0, 1, 1, 173, 393, 0, 0, 0.0, L); }
  { static const int32_t L[] = {161, 165, 173}; NAME(step)(f, I, K, 21, 0, 1, 3, 174, 394, 0, 0, 0.0, L); }
  { static const int32_t L[] = {176}; NAME(step)(f, I, K, 21, 0, 1, 1, 177, 397, 0, 0, 0.0, L); }
  { static const int32_t L[] = {177}; NAME(step)(f, I, K, 21, 0, 1, 1, 178, 398, 0, 0, 0.0, L); }
  { static const int32_t L[] = {180}; NAME(step)(f, I, K, 21, 0, 1, 1, 181, 399, 0, 0, 0.0, L); }
  { static const int32_t L[] = {181}; NAME(step)(f, I, K, 21, 0, 1, 1, 182, 400, 0, 0, 0.0, L); }
  { static const int32_t L[] = {184, 186, 188}; NAME(step)(f, I, K, 21, 0, 1, 3, 189, 401, 0, 0, 0.0, L); }
  { static const int32_t L[] = {189}; NAME(step)(f, I, K, 21, 0, 1, 1, 190, 404, 0, 0, 0.0, L); }
  { static const int32_t L[] = {178, 182, 190}; NAME(step)(f, I, K, 21, 0, 1, 3, 191, 405, 0, 0, 0.0, L); }
  { static const int32_t L[] = {193}; NAME(step)(f, I, K, 21, 0, 1, 1, 194, 408, 0, 0, 0.0, L); }
  { static const int32_t L[] = {194}; NAME(step)(f, I, K, 21, 0, 1, 1, 195, 409, 0, 0, 0.0, L); }
  { static const int32_t L[] = {197}; NAME(step)(f, I, K, 21, 0, 1, 1, 198, 410, 0, 0, 0.0, L); }
  { static const int32_t L[] = {198}; NAME(step)(f, I, K, 21, 0, 1, 1, 199, 411, 0, 0, 0.0, L); }
  { static const int32_t L[] = {201, 203, 205, 207, 209}; NAME(step)(f, I, K, 21, 0, 1, 5, 210, 412, 0, 0, 0.0, L); }
  { static const int32_t L[] = {210}; NAME(step)(f, I, K, 21, 0, 1, 1, 211, 417, 0, 0, 0.0, L); }
  { static const int32_t L[] = {195, 199, 211}; NAME(step)(f, I, K, 21, 0, 1, 3, 212, 418, 0, 0, 0.0, L); }
  { static const int32_t L[] = {214}; NAME(step)(f, I, K, 21, 0, 1, 1, 215, 421, 0, 0, 0.0, L); }
  { static const int32_t L[] = {215}; NAME(step)(f, I, K, 21, 0, 1, 1, 216, 422, 0, 0, 0.0, L); }
  { static const int32_t L[] = {218}; NAME(step)(f, I, K, 21, 0, 1, 1, 219, 423, 0, 0, 0.0, L); }
  { static const int32_t L[] = {219}; NAME(step)(f, I, K, 21, 0, 1, 1, 220, 424, 0, 0, 0.0, L); }
  { static const int32_t L[] = {222, 224, 226, 228, 230}; NAME(step)(f, I, K, 21, 0, 1, 5, 231, 425, 0, 0, 0.0, L); }
  { static const int32_t L[] = {231}; NAME(step)(f, I, K, 21, 0, 1, 1, 232, 430, 0, 0, 0.0, L); }
  { static const int32_t L[] = {216, 220, 232}; NAME(step)(f, I, K, 21, 0, 1, 3, 233, 431, 0, 0, 0.0, L); }
  { static const int32_t L[] = {235}; NAME(step)(f, I, K, 21, 0, 1, 1, 236, 434, 0, 0, 0.0, L); }
  { static const int32_t L[] = {236}; NAME(step)(f, I, K, 21, 0, 1, 1, 237, 435, 0, 0, 0.0, L); }
  { static const int32_t L[] = {239}; NAME(step)(f, I, K, 21, 0, 1, 1, 240, 436, 0, 0, 0.0, L); }
  { static const int32_t L[] = {240}; NAME(step)(f, I, K, 21, 0, 1, 1, 241, 437, 0, 0, 0.0, L); }
  { static const int32_t L[] = {243, 245, 247}; NAME(step)(f, I, K, 21, 0, 1, 3, 248, 438, 0, 0, 0.0, L); }
  { static const int32_t L[] = {248}; NAME(step)(f, I, K, 21, 0, 1, 1, 249, 441, 0, 0, 0.0, L); }
  { static const int32_t L[] = {237, 241, 249}; NAME(step)(f, I, K, 21, 0, 1, 3, 250, 442, 0, 0, 0.0, L); }
  { static const int32_t L[] = {252}; NAME(step)(f, I, K, 21, 0, 1, 1, 253, 445, 0, 0, 0.0, L); }
  { static const int32_t L[] = {253}; NAME(step)(f, I, K, 21, 0, 1, 1, 254, 446, 0, 0, 0.0, L); }
  { static const int32_t L[] = {256}; NAME(step)(f, I, K, 21, 0, 1, 1, 257, 447, 0, 0, 0.0, L); }
  { static const int32_t L[] = {257}; NAME(step)(f, I, K, 21, 0, 1, 1, 258, 448, 0, 0, 0.0, L); }
  { static const int32_t L[] = {260, 262, 264}; NAME(step)(f, I, K, 21, 0, 1, 3, 265, 449, 0, 0, 0.0, L); }
  { static const int32_t L[] = {265}; NAME(step)(f, I, K, 21, 0, 1, 1, 266, 452, 0, 0, 0.0, L); }
  { static const int32_t L[] = {254, 258, 266}; NAME(step)(f, I, K, 21, 0, 1, 3, 267, 453, 0, 0, 0.0, L); }
  { static const int32_t L[] = {269}; NAME(step)(f, I, K, 21, 0, 1, 1, 270, 456, 0, 0, 0.0, L); }
  { static const int32_t L[] = {270}; NAME(step)(f, I, K, 21, 0, 1, 1, 271, 457, 0, 0, 0.0, L); }
  { static const int32_t L[] = {273}; NAME(step)(f, I, K, 21, 0, 1, 1, 274, 458, 0, 0, 0.0, L); }
  { static const int32_t L[] = {274}; NAME(step)(f, I, K, 21, 0, 1, 1, 275, 459, 0, 0, 0.0, L); }
  { static const int32_t L[] = {277, 279, 281}; NAME(step)(f, I, K, 21, 0, 1, 3, 282, 460, 0, 0, 0.0, L); }
  { static const int32_t L[] = {282}; NAME(step)(f, I, K, 21, 0, 1, 1, 283, 463, 0, 0, 0.0, L); }
  { static const int32_t L[] = {271, 275, 283}; NAME(step)(f, I, K, 21, 0, 1, 3, 284, 464, 0, 0, 0.0, L); }
  { static const int32_t L[] = {286}; NAME(step)(f, I, K, 21, 0, 1, 1, 287, 467, 0, 0, 0.0, L); }
  { static const int32_t L[] = {287}; NAME(step)(f, I, K, 21, 0, 1, 1, 288, 468, 0, 0, 0.0, L); }
  { static const int32_t L[] = {290}; NAME(step)(f, I, K, 21, 0, 1, 1, 291, 469, 0, 0, 0.0, L); }
  { static const int32_t L[] = {291}; NAME(step)(f, I, K, 21, 0, 1, 1, 292, 470, 0, 0, 0.0, L); }
  { static const int32_t L[] = {294, 296, 298, 300}; NAME(step)(f, I, K, 21, 0, 1, 4, 301, 471, 0, 0, 0.0, L); }
  { static const int32_t L[] = {301}; NAME(step)(f, I, K, 21, 0, 1, 1, 302, 475, 0, 0, 0.0, L); }
  { static const int32_t L[] = {288, 292, 302}; NAME(step)(f, I, K, 21, 0, 1, 3, 303, 476, 0, 0, 0.0, L); }
  { static const int32_t L[] = {305}; NAME(step)(f, I, K, 21, 0, 1, 1, 306, 479, 0, 0, 0.0, L); }
  { static const int32_t L[] = {306}; NAME(step)(f, I, K, 21, 0, 1, 1, 307, 480, 0, 0, 0.0, L); }
  { static const int32_t L[] = {309}; NAME(step)(f, I, K, 21, 0, 1, 1, 310, 481, 0, 0, 0.0, L); }
  { static const int32_t L[] = {310}; NAME(step)(f, I, K, 21, 0, 1, 1, 311, 482, 0, 0, 0.0, L); }
  { static const int32_t L[] = {313, 315}; NAME(step)(f, I, K, 21, 0, 1, 2, 316, 483, 0, 0, 0.0, L); }
  { static const int32_t L[] = {316}; NAME(step)(f, I, K, 21, 0, 1, 1, 317, 485, 0, 0, 0.0, L); }
  { static const int32_t L[] = {307, 311, 317}; NAME(step)(f, I, K, 21, 0, 1, 3, 318, 486, 0, 0, 0.0, L); }
  { static const int32_t L[] = {320}; NAME(step)(f, I, K, 21, 0, 1, 1, 321, 489, 0, 0, 0.0, L); }
  { static const int32_t L[] = {321}; NAME(step)(f, I, K, 21, 0, 1, 1, 322, 490, 0, 0, 0.0, L); }
  { static const int32_t L[] = {324}; NAME(step)(f, I, K, 21, 0, 1, 1, 325, 491, 0, 0, 0.0, L); }
  { static const int32_t L[] = {325}; NAME(step)(f, I, K, 21, 0, 1, 1, 326, 492, 0, 0, 0.0, L); }
  { static const int32_t L[] = {328, 330, 332, 334}; NAME(step)(f, I, K, 21, 0, 1, 4, 335, 493, 0, 0, 0.0, L); }
  { static const int32_t L[] = {335}; NAME(step)(f, I, K, 21, 0, 1, 1, 336, 497, 0, 0, 0.0, L); }
  { static const int32_t L[] = {322, 326, 336}; NAME(step)(f, I, K, 21, 0, 1, 3, 337, 498, 0, 0, 0.0, L); }
  { static const int32_t L[] = {339}; NAME(step)(f, I, K, 21, 0, 1, 1, 340, 501, 0, 0, 0.0, L); }
  { static const int32_t L[] = {340}; NAME(step)(f, I, K, 21, 0, 1, 1, 341, 502, 0, 0, 0.0, L); }
  { static const int32_t L[] = {343}; NAME(step)(f, I, K, 21, 0, 1, 1, 344, 503, 0, 0, 0.0, L); }
  { static const int32_t L[] = {344}; NAME(step)(f, I, K, 21, 0, 1, 1, 345, 504, 0, 0, 0.0, L); }
  { static const int32_t L[] = {347}; NAME(step)(f, I, K, 21, 0, 1, 1, 348, 505, 0, 0, 0.0, L); }
  { static const int32_t L[] = {348}; NAME(step)(f, I, K, 21, 0, 1, 1, 349, 506, 0, 0, 0.0, L); }
  { static const int32_t L[] = {341, 345, 349}; NAME(step)(f, I, K, 21, 0, 1, 3, 350, 507, 0, 0, 0.0, L); }
  { static const int32_t L[] = {352}; NAME(step)(f, I, K, 21, 0, 1, 1, 353, 510, 0, 0, 0.0, L); }
  { static const int32_t L[] = {353}; NAME(step)(f, I, K, 21, 0, 1, 1, 354, 511, 0, 0, 0.0, L); }
  { static const int32_t L[] = {356}; NAME(step)(f, I, K, 21, 0, 1, 1, 357, 512, 0, 0, 0.0, L); }
  { static const int32_t L[] = {357}; NAME(step)(f, I, K, 21, 0, 1, 1, 358, 513, 0, 0, 0.0, L); }
  { static const int32_t L[] = {360, 362, 364}; NAME(step)(f, I, K, 21, 0, 1, 3, 365, 514, 0, 0, 0.0, L); }
  { static const int32_t L[] = {365}; NAME(step)(f, I, K, 21, 0, 1, 1, 366, 517, 0, 0, 0.0, L); }
  { static const int32_t L[] = {354, 358, 366}; NAME(step)(f, I, K, 21, 0, 1, 3, 367, 518, 0, 0, 0.0, L); }
  { static const int32_t L[] = {369}; NAME(step)(f, I, K, 21, 0, 1, 1, 370, 521, 0, 0, 0.0, L); }
  { static const int32_t L[] = {370}; NAME(step)(f, I, K, 21, 0, 1, 1, 371, 522, 0, 0, 0.0, L); }
  { static const int32_t L[] = {373}; NAME(step)(f, I, K, 21, 0, 1, 1, 374, 523, 0, 0, 0.0, L); }
  { static const int32_t L[] = {374}; NAME(step)(f, I, K, 21, 0, 1, 1, 375, 524, 0, 0, 0.0, L); }
  { static const int32_t L[] = {377, 379}; NAME(step)(f, I, K, 21, 0, 1, 2, 380, 525, 0, 0, 0.0, L); }
  { static const int32_t L[] = {380}; NAME(step)(f, I, K, 21, 0, 1, 1, 381, 527, 0, 0, 0.0, L); }
  { static const int32_t L[] = {371, 375, 381}; NAME(step)(f, I, K, 21, 0, 1, 3, 382, 528, 0, 0, 0.0, L); }
  { static const int32_t L[] = {384}; NAME(step)(f, I, K, 21, 0, 1, 1, 385, 531, 0, 0, 0.0, L); }
  { static const int32_t L[] = {385}; NAME(step)(f, I, K, 21, 0, 1, 1, 386, 532, 0, 0, 0.0, L); }
  { static const int32_t L[] = {388}; NAME(step)(f, I, K, 21, 0, 1, 1, 389, 533, 0, 0, 0.0, L); }
  { static const int32_t L[] = {389}; NAME(step)(f, I, K, 21, 0, 1, 1, 390, 534, 0, 0, 0.0, L); }
  { static const int32_t L[] = {392, 394, 396}; NAME(step)(f, I, K, 21, 0, 1, 3, 397, 535, 0, 0, 0.0, L); }
  { static const int32_t L[] = {397}; NAME(step)(f, I, K, 21, 0, 1, 1, 398, 538, 0, 0, 0.0, L); }
  { static const int32_t L[] = {386, 390, 398}; NAME(step)(f, I, K, 21, 0, 1, 3, 399, 539, 0, 0, 0.0, L); }
  { static const int32_t L[] = {401}; NAME(step)(f, I, K, 21, 0, 1, 1, 402, 542, 0, 0, 0.0, L); }
  { static const int32_t L[] = {402}; NAME(step)(f, I, K, 21, 0, 1, 1, 403, 543, 0, 0, 0.0, L); }
  { static const int32_t L[] = {405}; NAME(step)(f, I, K, 21, 0, 1, 1, 406, 544, 0, 0, 0.0, L); }
  { static const int32_t L[] = {406}; NAME(step)(f, I, K, 21, 0, 1, 1, 407, 545, 0, 0, 0.0, L); }
  { static const int32_t L[] = {409, 411}; NAME(step)(f, I, K, 21, 0, 1, 2, 412, 546, 0, 0, 0.0, L); }
  { static const int32_t L[] = {412}; NAME(step)(f, I, K, 21, 0, 1, 1, 413, 548, 0, 0, 0.0, L); }
  { static const int32_t L[] = {403, 407, 413}; NAME(step)(f, I, K, 21, 0, 1, 3, 414, 549, 0, 0, 0.0, L); }
  { static const int32_t L[] = {416}; NAME(step)(f, I, K, 21, 0, 1, 1, 417, 552, 0, 0, 0.0, L); }
  { static const int32_t L[] = {417}; NAME(step)(f, I, K, 21, 0, 1, 1, 418, 553, 0, 0, 0.0, L); }
  { static const int32_t L[] = {420}; NAME(step)(f, I, K, 21, 0, 1, 1, 421, 554, 0, 0, 0.0, L); }
  { static const int32_t L[] = {421}; NAME(step)(f, I, K, 21, 0, 1, 1, 422, 555, 0, 0, 0.0, L); }
  { static const int32_t L[] = {424, 426, 428, 430}; NAME(step)(f, I, K, 21, 0, 1, 4, 431, 556, 0, 0, 0.0, L); }
  { static const int32_t L[] = {431}; NAME(step)(f, I, K, 21, 0, 1, 1, 432, 560, 0, 0, 0.0, L); }
  { static const int32_t L[] = {418, 422, 432}; NAME(step)(f, I, K, 21, 0, 1, 3, 433, 561, 0, 0, 0.0, L); }
  { static const int32_t L[] = {435}; NAME(step)(f, I, K, 21, 0, 1, 1, 436, 564, 0, 0, 0.0, L); }
  { static const int32_t L[] = {436}; NAME(step)(f, I, K, 21, 0, 1, 1, 437, 565, 0, 0, 0.0, L); }
  { static const int32_t L[] = {439}; NAME(step)(f, I, K, 21, 0, 1, 1, 440, 566, 0, 0, 0.0, L); }
  { static const int32_t L[] = {440}; NAME(step)(f, I, K, 21, 0, 1, 1, 441, 567, 0, 0, 0.0, L); }
  { static const int32_t L[] = {443, 445}; NAME(step)(f, I, K, 21, 0, 1, 2, 446, 568, 0, 0, 0.0, L); }
  { static const int32_t L[] = {446}; NAME(step)(f, I, K, 21, 0, 1, 1, 447, 570, 0, 0, 0.0, L); }
  { static const int32_t L[] = {437, 441, 447}; NAME(step)(f, I, K, 21, 0, 1, 3, 448, 571, 0, 0, 0.0, L); }
  { static const int32_t L[] = {450}; NAME(step)(f, I, K, 21, 0, 1, 1, 451, 574, 0, 0, 0.0, L); }
  { static const int32_t L[] = {451}; NAME(step)(f, I, K, 21, 0, 1, 1, 452, 575, 0, 0, 0.0, L); }
  { static const int32_t L[] = {454}; NAME(step)(f, I, K, 21, 0, 1, 1, 455, 576, 0, 0, 0.0, L); }
  { static const int32_t L[] = {455}; NAME(step)(f, I, K, 21, 0, 1, 1, 456, 577, 0, 0, 0.0, L); }
  { static const int32_t L[] = {458, 460}; NAME(step)(f, I, K, 21, 0, 1, 2, 461, 578, 0, 0, 0.0, L); }
  { static const int32_t L[] = {461}; NAME(step)(f, I, K, 21, 0, 1, 1, 462, 580, 0, 0, 0.0, L); }
  { static const int32_t L[] = {452, 456, 462}; NAME(step)(f, I, K, 21, 0, 1, 3, 463, 581, 0, 0, 0.0, L); }
  { static const int32_t L[] = {465}; NAME(step)(f, I, K, 21, 0, 1, 1, 466, 584, 0, 0, 0.0, L); }
  { static const int32_t L[] = {466}; NAME(step)(f, I, K, 21, 0, 1, 1, 467, 585, 0, 0, 0.0, L); }
  { static const int32_t L[] = {469}; NAME(step)(f, I, K, 21, 0, 1, 1, 470, 586, 0, 0, 0.0, L); }
  { static const int32_t L[] = {470}; NAME(step)(f, I, K, 21, 0, 1, 1, 471, 587, 0, 0, 0.0, L); }
  { static const int32_t L[] = {473, 475}; NAME(step)(f, I, K, 21, 0, 1, 2, 476, 588, 0, 0, 0.0, L); }
  { static const int32_t L[] = {476}; NAME(step)(f, I, K, 21, 0, 1, 1, 477, 590, 0, 0, 0.0, L); }
  { static const int32_t L[] = {467, 471, 477}; NAME(step)(f, I, K, 21, 0, 1, 3, 478, 591, 0, 0, 0.0, L); }
  { static const int32_t L[] = {480}; NAME(step)(f, I, K, 21, 0, 1, 1, 481, 594, 0, 0, 0.0, L); }
  { static const int32_t L[] = {481}; NAME(step)(f, I, K, 21, 0, 1, 1, 482, 595, 0, 0, 0.0, L); }
  { static const int32_t L[] = {484}; NAME(step)(f, I, K, 21, 0, 1, 1, 485, 596, 0, 0, 0.0, L); }
  { static const int32_t L[] = {485}; NAME(step)(f, I, K, 21, 0, 1, 1, 486, 597, 0, 0, 0.0, L); }
  { static const int32_t L[] = {488, 490}; NAME(step)(f, I, K, 21, 0, 1, 2, 491, 598, 0, 0, 0.0, L); }
  { static const int32_t L[] = {491}; NAME(step)(f, I, K, 21, 0, 1, 1, 492, 600, 0, 0, 0.0, L); }
  { static const int32_t L[] = {482, 486, 492}; NAME(step)(f, I, K, 21, 0, 1, 3, 493, 601, 0, 0, 0.0, L); }
  { static const int32_t L[] = {495}; NAME(step)(f, I, K, 21, 0, 1, 1, 496, 604, 0, 0, 0.0, L); }
  { static const int32_t L[] = {496}; NAME(step)(f, I, K, 21, 0, 1, 1, 497, 605, 0, 0, 0.0, L); }
  { static const int32_t L[] = {499}; NAME(step)(f, I, K, 21, 0, 1, 1, 500, 606, 0, 0, 0.0, L); }
  { static const int32_t L[] = {500}; NAME(step)(f, I, K, 21, 0, 1, 1, 501, 607, 0, 0, 0.0, L); }
  { static const int32_t L[] = {503, 505, 507}; NAME(step)(f, I, K, 21, 0, 1, 3, 508, 608, 0, 0, 0.0, L); }
  { static const int32_t L[] = {508}; NAME(step)(f, I, K, 21, 0, 1, 1, 509, 611, 0, 0, 0.0, L); }
  { static const int32_t L[] = {497, 501, 509}; NAME(step)(f, I, K, 21, 0, 1, 3, 510, 612, 0, 0, 0.0, L); }
}
