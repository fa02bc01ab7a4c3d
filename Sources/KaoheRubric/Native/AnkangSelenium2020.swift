// Generated from the compiled program of the embedded rubric ankang-selenium-2020 by `NativeSource`; do not edit.
// Regenerate with `KAOHE_RECORD=1 swift test --filter NativeKernelTests`.
import KaoheFormula

/// The program of the embedded rubric ankang-selenium-2020, compiled ahead of time: see `NativeSource`.
let ankangSelenium2020Kernel = NativeKernel(
  fingerprint: 0xcee43b166311e91c, slotCount: 511, run: ankangSelenium2020)

@inline(never)
private func ankangSelenium2020(_ f: UnsafeMutablePointer<Double>) {
  withUnsafeTemporaryAllocation(of: Double.self, capacity: 4) { buffer in
    guard let a = buffer.baseAddress else { return }
    var acc = 0.0
    var t528 = 0.0
    var t529 = 0.0
    var t533 = 0.0
    var t535 = 0.0
    var t540 = 0.0
    var t542 = 0.0
    var t544 = 0.0
    var t546 = 0.0
    var t549 = 0.0
    var t551 = 0.0
    var t552 = 0.0
    var t554 = 0.0
    var t559 = 0.0
    var t562 = 0.0
    var t564 = 0.0
    var t565 = 0.0
    var t566 = 0.0
    var t567 = 0.0
    var t570 = 0.0
    var t574 = 0.0
    var t578 = 0.0
    var t580 = 0.0
    var t583 = 0.0
    var t585 = 0.0
    var t588 = 0.0
    var t589 = 0.0
    var t590 = 0.0
    var t591 = 0.0
    var t593 = 0.0
    var t598 = 0.0
    var t599 = 0.0
    var t600 = 0.0
    var t601 = 0.0
    var t602 = 0.0
    var t603 = 0.0
    var t607 = 0.0
    var t611 = 0.0
    var t613 = 0.0
    var t617 = 0.0
    acc = 0.0
    acc = acc + (f[0] != 0 ? 1 : 0)
    acc = acc + (f[1] != 0 ? 1 : 0)
    acc = acc + (f[2] != 0 ? 1 : 0)
    t528 = acc
    t529 = Machine.apply(.equal, f[157], 1.0)
    a[0] = t528
    a[1] = 3.0
    a[2] = 20.0
    a[3] = t529
    f[158] = Builtin.credit.evaluateUntraced(a, count: 4, site: 1)
    acc = 0.0
    acc = acc + f[158]
    f[159] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[162] = (f[3] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[162]
    f[163] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[166] = (f[4] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[166]
    f[167] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[168] = (f[5] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[168]
    f[169] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    t533 = Machine.apply(.greater, f[6], f[7])
    f[170] = (t533 != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[170]
    f[171] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    acc = 0.0
    acc = acc + (f[8] != 0 ? 1 : 0)
    acc = acc + (f[9] != 0 ? 1 : 0)
    acc = acc + (f[10] != 0 ? 1 : 0)
    t535 = acc
    a[0] = t535
    a[1] = 3.0
    a[2] = 20.0
    a[3] = t529
    f[175] = Builtin.credit.evaluateUntraced(a, count: 4, site: 12)
    acc = 0.0
    acc = acc + f[175]
    f[176] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[179] = (f[11] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[179]
    f[180] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[183] = (f[12] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[183]
    f[184] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[185] = (f[13] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[185]
    f[186] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[187] = (f[14] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[187]
    f[188] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    acc = 0.0
    acc = acc + (f[15] != 0 ? 1 : 0)
    acc = acc + (f[16] != 0 ? 1 : 0)
    acc = acc + (f[17] != 0 ? 1 : 0)
    t540 = acc
    a[0] = t540
    a[1] = 3.0
    a[2] = 20.0
    a[3] = t529
    f[192] = Builtin.credit.evaluateUntraced(a, count: 4, site: 23)
    acc = 0.0
    acc = acc + f[192]
    f[193] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[196] = (f[18] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[196]
    f[197] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    a[0] = f[19]
    a[1] = 1500.0
    a[2] = 10.0
    a[3] = t529
    f[200] = Builtin.credit.evaluateUntraced(a, count: 4, site: 27)
    acc = 0.0
    acc = acc + f[200]
    f[201] = Numeric.tidy(Machine.capped(acc, at: 10.0, on: f[156]))
    a[0] = f[20]
    a[1] = 3.0
    a[2] = 10.0
    a[3] = t529
    f[202] = Builtin.credit.evaluateUntraced(a, count: 4, site: 29)
    acc = 0.0
    acc = acc + f[202]
    f[203] = Numeric.tidy(Machine.capped(acc, at: 10.0, on: f[156]))
    acc = f[21]
    acc = (0.0 > acc ? 0.0 : acc)
    t542 = acc
    a[0] = t542
    a[1] = Double(bitPattern: 0x3fb999999999999a)
    a[2] = 20.0
    a[3] = t529
    f[204] = Builtin.credit.evaluateUntraced(a, count: 4, site: 32)
    acc = 0.0
    acc = acc + f[204]
    f[205] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    a[0] = f[22]
    a[1] = 4.0
    a[2] = 10.0
    a[3] = t529
    f[206] = Builtin.credit.evaluateUntraced(a, count: 4, site: 34)
    acc = 0.0
    acc = acc + f[206]
    f[207] = Numeric.tidy(Machine.capped(acc, at: 10.0, on: f[156]))
    f[208] = (f[23] != 0 ? 10.0 : 0)
    acc = 0.0
    acc = acc + f[208]
    f[209] = Numeric.tidy(Machine.capped(acc, at: 10.0, on: f[156]))
    acc = 0.0
    acc = acc + (f[24] != 0 ? 1 : 0)
    acc = acc + (f[25] != 0 ? 1 : 0)
    acc = acc + (f[26] != 0 ? 1 : 0)
    t544 = acc
    a[0] = t544
    a[1] = 3.0
    a[2] = 20.0
    a[3] = t529
    f[213] = Builtin.credit.evaluateUntraced(a, count: 4, site: 39)
    acc = 0.0
    acc = acc + f[213]
    f[214] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[217] = (f[27] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[217]
    f[218] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    a[0] = f[28]
    a[1] = 20.0
    a[2] = 20.0
    a[3] = t529
    f[221] = Builtin.credit.evaluateUntraced(a, count: 4, site: 43)
    acc = 0.0
    acc = acc + f[221]
    f[222] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    a[0] = f[29]
    a[1] = 10.0
    a[2] = 10.0
    a[3] = t529
    f[223] = Builtin.credit.evaluateUntraced(a, count: 4, site: 45)
    acc = 0.0
    acc = acc + f[223]
    f[224] = Numeric.tidy(Machine.capped(acc, at: 10.0, on: f[156]))
    acc = 0.0
    acc = acc + (f[30] != 0 ? 1 : 0)
    acc = acc + (f[31] != 0 ? 1 : 0)
    acc = acc + (f[32] != 0 ? 1 : 0)
    acc = acc + (f[33] != 0 ? 1 : 0)
    t546 = acc
    a[0] = t546
    a[1] = 4.0
    a[2] = 10.0
    a[3] = t529
    f[225] = Builtin.credit.evaluateUntraced(a, count: 4, site: 48)
    acc = 0.0
    acc = acc + f[225]
    f[226] = Numeric.tidy(Machine.capped(acc, at: 10.0, on: f[156]))
    f[227] = (f[34] != 0 ? 10.0 : 0)
    acc = 0.0
    acc = acc + f[227]
    f[228] = Numeric.tidy(Machine.capped(acc, at: 10.0, on: f[156]))
    f[229] = (f[35] != 0 ? 10.0 : 0)
    acc = 0.0
    acc = acc + f[229]
    f[230] = Numeric.tidy(Machine.capped(acc, at: 10.0, on: f[156]))
    acc = 0.0
    acc = acc + (f[36] != 0 ? 1 : 0)
    acc = acc + (f[37] != 0 ? 1 : 0)
    acc = acc + (f[38] != 0 ? 1 : 0)
    t549 = acc
    a[0] = t549
    a[1] = 3.0
    a[2] = 20.0
    a[3] = t529
    f[234] = Builtin.credit.evaluateUntraced(a, count: 4, site: 55)
    acc = 0.0
    acc = acc + f[234]
    f[235] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[238] = (f[39] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[238]
    f[239] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    acc = 0.0
    acc = acc + (f[40] != 0 ? 1 : 0)
    acc = acc + (f[41] != 0 ? 1 : 0)
    t551 = acc
    a[0] = t551
    a[1] = 2.0
    a[2] = 20.0
    a[3] = t529
    f[242] = Builtin.credit.evaluateUntraced(a, count: 4, site: 60)
    acc = 0.0
    acc = acc + f[242]
    f[243] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    acc = 0.0
    acc = acc + (f[42] != 0 ? 1 : 0)
    acc = acc + (f[43] != 0 ? 1 : 0)
    acc = acc + (f[44] != 0 ? 1 : 0)
    t552 = acc
    a[0] = t552
    a[1] = 3.0
    a[2] = 20.0
    a[3] = t529
    f[244] = Builtin.credit.evaluateUntraced(a, count: 4, site: 63)
    acc = 0.0
    acc = acc + f[244]
    f[245] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[246] = (f[45] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[246]
    f[247] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    acc = 0.0
    acc = acc + (f[46] != 0 ? 1 : 0)
    acc = acc + (f[47] != 0 ? 1 : 0)
    acc = acc + (f[48] != 0 ? 1 : 0)
    t554 = acc
    a[0] = t554
    a[1] = 3.0
    a[2] = 20.0
    a[3] = t529
    f[251] = Builtin.credit.evaluateUntraced(a, count: 4, site: 68)
    acc = 0.0
    acc = acc + f[251]
    f[252] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[255] = (f[49] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[255]
    f[256] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[259] = (f[50] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[259]
    f[260] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[261] = (f[51] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[261]
    f[262] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[263] = (f[52] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[263]
    f[264] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    acc = 0.0
    acc = acc + (f[53] != 0 ? 1 : 0)
    acc = acc + (f[54] != 0 ? 1 : 0)
    acc = acc + (f[55] != 0 ? 1 : 0)
    t559 = acc
    a[0] = t559
    a[1] = 3.0
    a[2] = 20.0
    a[3] = t529
    f[268] = Builtin.credit.evaluateUntraced(a, count: 4, site: 79)
    acc = 0.0
    acc = acc + f[268]
    f[269] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[272] = (f[56] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[272]
    f[273] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    a[0] = f[57]
    a[1] = 200.0
    a[2] = 20.0
    a[3] = t529
    f[276] = Builtin.credit.evaluateUntraced(a, count: 4, site: 83)
    acc = 0.0
    acc = acc + f[276]
    f[277] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    a[0] = f[58]
    a[1] = 10.0
    a[2] = 20.0
    a[3] = t529
    f[278] = Builtin.credit.evaluateUntraced(a, count: 4, site: 85)
    acc = 0.0
    acc = acc + f[278]
    f[279] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[280] = (f[59] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[280]
    f[281] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    acc = 0.0
    acc = acc + (f[60] != 0 ? 1 : 0)
    acc = acc + (f[61] != 0 ? 1 : 0)
    acc = acc + (f[62] != 0 ? 1 : 0)
    t562 = acc
    a[0] = t562
    a[1] = 3.0
    a[2] = 20.0
    a[3] = t529
    f[285] = Builtin.credit.evaluateUntraced(a, count: 4, site: 90)
    acc = 0.0
    acc = acc + f[285]
    f[286] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[289] = (f[63] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[289]
    f[290] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    a[0] = f[64]
    a[1] = 3.0
    a[2] = 15.0
    a[3] = t529
    f[293] = Builtin.credit.evaluateUntraced(a, count: 4, site: 94)
    acc = 0.0
    acc = acc + f[293]
    f[294] = Numeric.tidy(Machine.capped(acc, at: 15.0, on: f[156]))
    acc = 0.0
    acc = acc + (f[65] != 0 ? 1 : 0)
    t564 = acc
    acc = f[66]
    acc = (2.0 < acc ? 2.0 : acc)
    t565 = acc
    t566 = Machine.apply(.divide, t565, 2.0)
    t567 = t564 + t566
    a[0] = t567
    a[1] = 2.0
    a[2] = 20.0
    a[3] = t529
    f[295] = Builtin.credit.evaluateUntraced(a, count: 4, site: 98)
    acc = 0.0
    acc = acc + f[295]
    f[296] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[297] = (f[67] != 0 ? 15.0 : 0)
    acc = 0.0
    acc = acc + f[297]
    f[298] = Numeric.tidy(Machine.capped(acc, at: 15.0, on: f[156]))
    f[299] = (f[68] != 0 ? 10.0 : 0)
    acc = 0.0
    acc = acc + f[299]
    f[300] = Numeric.tidy(Machine.capped(acc, at: 10.0, on: f[156]))
    acc = 0.0
    acc = acc + (f[69] != 0 ? 1 : 0)
    acc = acc + (f[70] != 0 ? 1 : 0)
    acc = acc + (f[71] != 0 ? 1 : 0)
    t570 = acc
    a[0] = t570
    a[1] = 3.0
    a[2] = 20.0
    a[3] = t529
    f[304] = Builtin.credit.evaluateUntraced(a, count: 4, site: 105)
    acc = 0.0
    acc = acc + f[304]
    f[305] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[308] = (f[72] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[308]
    f[309] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[312] = (f[73] != 0 ? 30.0 : 0)
    acc = 0.0
    acc = acc + f[312]
    f[313] = Numeric.tidy(Machine.capped(acc, at: 30.0, on: f[156]))
    f[314] = (f[74] != 0 ? 30.0 : 0)
    acc = 0.0
    acc = acc + f[314]
    f[315] = Numeric.tidy(Machine.capped(acc, at: 30.0, on: f[156]))
    acc = 0.0
    acc = acc + (f[75] != 0 ? 1 : 0)
    acc = acc + (f[76] != 0 ? 1 : 0)
    acc = acc + (f[77] != 0 ? 1 : 0)
    t574 = acc
    a[0] = t574
    a[1] = 3.0
    a[2] = 20.0
    a[3] = t529
    f[319] = Builtin.credit.evaluateUntraced(a, count: 4, site: 114)
    acc = 0.0
    acc = acc + f[319]
    f[320] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[323] = (f[78] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[323]
    f[324] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    a[0] = f[79]
    a[1] = 1.0
    a[2] = 20.0
    a[3] = t529
    f[327] = Builtin.credit.evaluateUntraced(a, count: 4, site: 118)
    acc = 0.0
    acc = acc + f[327]
    f[328] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[329] = (f[80] != 0 ? 10.0 : 0)
    acc = 0.0
    acc = acc + f[329]
    f[330] = Numeric.tidy(Machine.capped(acc, at: 10.0, on: f[156]))
    f[331] = (f[81] != 0 ? 10.0 : 0)
    acc = 0.0
    acc = acc + f[331]
    f[332] = Numeric.tidy(Machine.capped(acc, at: 10.0, on: f[156]))
    a[0] = f[82]
    a[1] = 1.0
    a[2] = 20.0
    a[3] = t529
    f[333] = Builtin.credit.evaluateUntraced(a, count: 4, site: 124)
    acc = 0.0
    acc = acc + f[333]
    f[334] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    acc = 0.0
    acc = acc + (f[83] != 0 ? 1 : 0)
    acc = acc + (f[84] != 0 ? 1 : 0)
    acc = acc + (f[85] != 0 ? 1 : 0)
    t578 = acc
    a[0] = t578
    a[1] = 3.0
    a[2] = 20.0
    a[3] = t529
    f[338] = Builtin.credit.evaluateUntraced(a, count: 4, site: 127)
    acc = 0.0
    acc = acc + f[338]
    f[339] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[342] = (f[86] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[342]
    f[343] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    a[0] = f[87]
    a[1] = Double(bitPattern: 0x3fc999999999999a)
    a[2] = 60.0
    a[3] = t529
    f[346] = Builtin.credit.evaluateUntraced(a, count: 4, site: 131)
    acc = 0.0
    acc = acc + f[346]
    f[347] = Numeric.tidy(Machine.capped(acc, at: 60.0, on: f[156]))
    acc = 0.0
    acc = acc + (f[88] != 0 ? 1 : 0)
    acc = acc + (f[89] != 0 ? 1 : 0)
    acc = acc + (f[90] != 0 ? 1 : 0)
    t580 = acc
    a[0] = t580
    a[1] = 3.0
    a[2] = 20.0
    a[3] = t529
    f[351] = Builtin.credit.evaluateUntraced(a, count: 4, site: 134)
    acc = 0.0
    acc = acc + f[351]
    f[352] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[355] = (f[91] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[355]
    f[356] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    a[0] = f[92]
    a[1] = 5.0
    a[2] = 20.0
    a[3] = t529
    f[359] = Builtin.credit.evaluateUntraced(a, count: 4, site: 138)
    acc = 0.0
    acc = acc + f[359]
    f[360] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[361] = (f[93] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[361]
    f[362] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    a[0] = f[94]
    a[1] = 200.0
    a[2] = 20.0
    a[3] = t529
    f[363] = Builtin.credit.evaluateUntraced(a, count: 4, site: 142)
    acc = 0.0
    acc = acc + f[363]
    f[364] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    acc = 0.0
    acc = acc + (f[95] != 0 ? 1 : 0)
    acc = acc + (f[96] != 0 ? 1 : 0)
    acc = acc + (f[97] != 0 ? 1 : 0)
    t583 = acc
    a[0] = t583
    a[1] = 3.0
    a[2] = 20.0
    a[3] = t529
    f[368] = Builtin.credit.evaluateUntraced(a, count: 4, site: 145)
    acc = 0.0
    acc = acc + f[368]
    f[369] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[372] = (f[98] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[372]
    f[373] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    a[0] = f[99]
    a[1] = 5.0
    a[2] = 30.0
    a[3] = t529
    f[376] = Builtin.credit.evaluateUntraced(a, count: 4, site: 149)
    acc = 0.0
    acc = acc + f[376]
    f[377] = Numeric.tidy(Machine.capped(acc, at: 30.0, on: f[156]))
    a[0] = f[100]
    a[1] = 5.0
    a[2] = 30.0
    a[3] = t529
    f[378] = Builtin.credit.evaluateUntraced(a, count: 4, site: 151)
    acc = 0.0
    acc = acc + f[378]
    f[379] = Numeric.tidy(Machine.capped(acc, at: 30.0, on: f[156]))
    acc = 0.0
    acc = acc + (f[101] != 0 ? 1 : 0)
    acc = acc + (f[102] != 0 ? 1 : 0)
    acc = acc + (f[103] != 0 ? 1 : 0)
    t585 = acc
    a[0] = t585
    a[1] = 3.0
    a[2] = 20.0
    a[3] = t529
    f[383] = Builtin.credit.evaluateUntraced(a, count: 4, site: 154)
    acc = 0.0
    acc = acc + f[383]
    f[384] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[387] = (f[104] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[387]
    f[388] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[391] = (f[105] != 0 ? 10.0 : 0)
    acc = 0.0
    acc = acc + f[391]
    f[392] = Numeric.tidy(Machine.capped(acc, at: 10.0, on: f[156]))
    a[0] = f[106]
    a[1] = 5.0
    a[2] = 30.0
    a[3] = t529
    f[393] = Builtin.credit.evaluateUntraced(a, count: 4, site: 160)
    acc = 0.0
    acc = acc + f[393]
    f[394] = Numeric.tidy(Machine.capped(acc, at: 30.0, on: f[156]))
    acc = f[107]
    acc = (1.0 < acc ? 1.0 : acc)
    t588 = acc
    acc = f[108]
    acc = (3.0 < acc ? 3.0 : acc)
    t589 = acc
    t590 = t588 + t589
    a[0] = t590
    a[1] = 4.0
    a[2] = 20.0
    a[3] = t529
    f[395] = Builtin.credit.evaluateUntraced(a, count: 4, site: 164)
    acc = 0.0
    acc = acc + f[395]
    f[396] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    acc = 0.0
    acc = acc + (f[109] != 0 ? 1 : 0)
    acc = acc + (f[110] != 0 ? 1 : 0)
    acc = acc + (f[111] != 0 ? 1 : 0)
    t591 = acc
    a[0] = t591
    a[1] = 3.0
    a[2] = 20.0
    a[3] = t529
    f[400] = Builtin.credit.evaluateUntraced(a, count: 4, site: 167)
    acc = 0.0
    acc = acc + f[400]
    f[401] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[404] = (f[112] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[404]
    f[405] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    a[0] = f[113]
    a[1] = 2.0
    a[2] = 30.0
    a[3] = t529
    f[408] = Builtin.credit.evaluateUntraced(a, count: 4, site: 171)
    acc = 0.0
    acc = acc + f[408]
    f[409] = Numeric.tidy(Machine.capped(acc, at: 30.0, on: f[156]))
    a[0] = f[114]
    a[1] = 1.0
    a[2] = 30.0
    a[3] = t529
    f[410] = Builtin.credit.evaluateUntraced(a, count: 4, site: 173)
    acc = 0.0
    acc = acc + f[410]
    f[411] = Numeric.tidy(Machine.capped(acc, at: 30.0, on: f[156]))
    acc = 0.0
    acc = acc + (f[115] != 0 ? 1 : 0)
    acc = acc + (f[116] != 0 ? 1 : 0)
    acc = acc + (f[117] != 0 ? 1 : 0)
    t593 = acc
    a[0] = t593
    a[1] = 3.0
    a[2] = 20.0
    a[3] = t529
    f[415] = Builtin.credit.evaluateUntraced(a, count: 4, site: 176)
    acc = 0.0
    acc = acc + f[415]
    f[416] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[419] = (f[118] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[419]
    f[420] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[423] = (f[119] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[423]
    f[424] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[425] = (f[120] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[425]
    f[426] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[427] = (f[121] != 0 ? 10.0 : 0)
    acc = 0.0
    acc = acc + f[427]
    f[428] = Numeric.tidy(Machine.capped(acc, at: 10.0, on: f[156]))
    acc = f[122]
    acc = (5.0 < acc ? 5.0 : acc)
    t598 = acc
    acc = f[123]
    acc = (5.0 < acc ? 5.0 : acc)
    t599 = acc
    t600 = t598 + t599
    acc = f[124]
    acc = (10.0 < acc ? 10.0 : acc)
    t601 = acc
    t602 = t600 + t601
    a[0] = t602
    a[1] = 20.0
    a[2] = 10.0
    a[3] = t529
    f[429] = Builtin.credit.evaluateUntraced(a, count: 4, site: 189)
    acc = 0.0
    acc = acc + f[429]
    f[430] = Numeric.tidy(Machine.capped(acc, at: 10.0, on: f[156]))
    acc = 0.0
    acc = acc + (f[125] != 0 ? 1 : 0)
    acc = acc + (f[126] != 0 ? 1 : 0)
    acc = acc + (f[127] != 0 ? 1 : 0)
    t603 = acc
    a[0] = t603
    a[1] = 3.0
    a[2] = 20.0
    a[3] = t529
    f[434] = Builtin.credit.evaluateUntraced(a, count: 4, site: 192)
    acc = 0.0
    acc = acc + f[434]
    f[435] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[438] = (f[128] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[438]
    f[439] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[442] = (f[129] != 0 ? 30.0 : 0)
    acc = 0.0
    acc = acc + f[442]
    f[443] = Numeric.tidy(Machine.capped(acc, at: 30.0, on: f[156]))
    f[444] = (f[130] != 0 ? 30.0 : 0)
    acc = 0.0
    acc = acc + f[444]
    f[445] = Numeric.tidy(Machine.capped(acc, at: 30.0, on: f[156]))
    acc = 0.0
    acc = acc + (f[131] != 0 ? 1 : 0)
    acc = acc + (f[132] != 0 ? 1 : 0)
    acc = acc + (f[133] != 0 ? 1 : 0)
    t607 = acc
    a[0] = t607
    a[1] = 3.0
    a[2] = 20.0
    a[3] = t529
    f[449] = Builtin.credit.evaluateUntraced(a, count: 4, site: 201)
    acc = 0.0
    acc = acc + f[449]
    f[450] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[453] = (f[134] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[453]
    f[454] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[457] = (f[135] != 0 ? 30.0 : 0)
    acc = 0.0
    acc = acc + f[457]
    f[458] = Numeric.tidy(Machine.capped(acc, at: 30.0, on: f[156]))
    f[459] = (f[136] != 0 ? 30.0 : 0)
    acc = 0.0
    acc = acc + f[459]
    f[460] = Numeric.tidy(Machine.capped(acc, at: 30.0, on: f[156]))
    acc = 0.0
    acc = acc + (f[137] != 0 ? 1 : 0)
    acc = acc + (f[138] != 0 ? 1 : 0)
    acc = acc + (f[139] != 0 ? 1 : 0)
    t611 = acc
    a[0] = t611
    a[1] = 3.0
    a[2] = 20.0
    a[3] = t529
    f[464] = Builtin.credit.evaluateUntraced(a, count: 4, site: 210)
    acc = 0.0
    acc = acc + f[464]
    f[465] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[468] = (f[140] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[468]
    f[469] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    a[0] = f[141]
    a[1] = 3.0
    a[2] = 30.0
    a[3] = t529
    f[472] = Builtin.credit.evaluateUntraced(a, count: 4, site: 214)
    acc = 0.0
    acc = acc + f[472]
    f[473] = Numeric.tidy(Machine.capped(acc, at: 30.0, on: f[156]))
    a[0] = f[142]
    a[1] = 3.0
    a[2] = 30.0
    a[3] = t529
    f[474] = Builtin.credit.evaluateUntraced(a, count: 4, site: 216)
    acc = 0.0
    acc = acc + f[474]
    f[475] = Numeric.tidy(Machine.capped(acc, at: 30.0, on: f[156]))
    acc = 0.0
    acc = acc + (f[143] != 0 ? 1 : 0)
    acc = acc + (f[144] != 0 ? 1 : 0)
    acc = acc + (f[145] != 0 ? 1 : 0)
    t613 = acc
    a[0] = t613
    a[1] = 3.0
    a[2] = 20.0
    a[3] = t529
    f[479] = Builtin.credit.evaluateUntraced(a, count: 4, site: 219)
    acc = 0.0
    acc = acc + f[479]
    f[480] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[483] = (f[146] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[483]
    f[484] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[487] = (f[147] != 0 ? 30.0 : 0)
    acc = 0.0
    acc = acc + f[487]
    f[488] = Numeric.tidy(Machine.capped(acc, at: 30.0, on: f[156]))
    f[489] = (f[148] != 0 ? 30.0 : 0)
    acc = 0.0
    acc = acc + f[489]
    f[490] = Numeric.tidy(Machine.capped(acc, at: 30.0, on: f[156]))
    acc = 0.0
    acc = acc + (f[149] != 0 ? 1 : 0)
    acc = acc + (f[150] != 0 ? 1 : 0)
    acc = acc + (f[151] != 0 ? 1 : 0)
    t617 = acc
    a[0] = t617
    a[1] = 3.0
    a[2] = 20.0
    a[3] = t529
    f[494] = Builtin.credit.evaluateUntraced(a, count: 4, site: 228)
    acc = 0.0
    acc = acc + f[494]
    f[495] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[498] = (f[152] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[498]
    f[499] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    a[0] = f[153]
    a[1] = Double(bitPattern: 0x3fd0000000000000)
    a[2] = 20.0
    a[3] = t529
    f[502] = Builtin.credit.evaluateUntraced(a, count: 4, site: 232)
    acc = 0.0
    acc = acc + f[502]
    f[503] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[504] = (f[154] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[504]
    f[505] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    f[506] = (f[155] != 0 ? 20.0 : 0)
    acc = 0.0
    acc = acc + f[506]
    f[507] = Numeric.tidy(Machine.capped(acc, at: 20.0, on: f[156]))
    acc = 0.0
    acc = acc + f[159]
    f[160] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[160]
    f[161] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[163]
    f[164] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[164]
    f[165] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[167]
    acc = acc + f[169]
    acc = acc + f[171]
    f[172] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[172]
    f[173] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[161]
    acc = acc + f[165]
    acc = acc + f[173]
    f[174] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[176]
    f[177] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[177]
    f[178] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[180]
    f[181] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[181]
    f[182] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[184]
    acc = acc + f[186]
    acc = acc + f[188]
    f[189] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[189]
    f[190] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[178]
    acc = acc + f[182]
    acc = acc + f[190]
    f[191] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[193]
    f[194] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[194]
    f[195] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[197]
    f[198] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[198]
    f[199] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[201]
    acc = acc + f[203]
    acc = acc + f[205]
    acc = acc + f[207]
    acc = acc + f[209]
    f[210] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[210]
    f[211] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[195]
    acc = acc + f[199]
    acc = acc + f[211]
    f[212] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[214]
    f[215] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[215]
    f[216] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[218]
    f[219] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[219]
    f[220] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[222]
    acc = acc + f[224]
    acc = acc + f[226]
    acc = acc + f[228]
    acc = acc + f[230]
    f[231] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[231]
    f[232] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[216]
    acc = acc + f[220]
    acc = acc + f[232]
    f[233] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[235]
    f[236] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[236]
    f[237] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[239]
    f[240] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[240]
    f[241] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[243]
    acc = acc + f[245]
    acc = acc + f[247]
    f[248] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[248]
    f[249] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[237]
    acc = acc + f[241]
    acc = acc + f[249]
    f[250] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[252]
    f[253] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[253]
    f[254] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[256]
    f[257] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[257]
    f[258] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[260]
    acc = acc + f[262]
    acc = acc + f[264]
    f[265] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[265]
    f[266] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[254]
    acc = acc + f[258]
    acc = acc + f[266]
    f[267] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[269]
    f[270] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[270]
    f[271] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[273]
    f[274] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[274]
    f[275] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[277]
    acc = acc + f[279]
    acc = acc + f[281]
    f[282] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[282]
    f[283] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[271]
    acc = acc + f[275]
    acc = acc + f[283]
    f[284] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[286]
    f[287] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[287]
    f[288] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[290]
    f[291] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[291]
    f[292] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[294]
    acc = acc + f[296]
    acc = acc + f[298]
    acc = acc + f[300]
    f[301] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[301]
    f[302] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[288]
    acc = acc + f[292]
    acc = acc + f[302]
    f[303] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[305]
    f[306] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[306]
    f[307] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[309]
    f[310] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[310]
    f[311] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[313]
    acc = acc + f[315]
    f[316] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[316]
    f[317] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[307]
    acc = acc + f[311]
    acc = acc + f[317]
    f[318] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[320]
    f[321] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[321]
    f[322] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[324]
    f[325] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[325]
    f[326] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[328]
    acc = acc + f[330]
    acc = acc + f[332]
    acc = acc + f[334]
    f[335] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[335]
    f[336] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[322]
    acc = acc + f[326]
    acc = acc + f[336]
    f[337] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[339]
    f[340] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[340]
    f[341] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[343]
    f[344] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[344]
    f[345] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[347]
    f[348] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[348]
    f[349] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[341]
    acc = acc + f[345]
    acc = acc + f[349]
    f[350] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[352]
    f[353] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[353]
    f[354] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[356]
    f[357] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[357]
    f[358] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[360]
    acc = acc + f[362]
    acc = acc + f[364]
    f[365] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[365]
    f[366] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[354]
    acc = acc + f[358]
    acc = acc + f[366]
    f[367] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[369]
    f[370] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[370]
    f[371] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[373]
    f[374] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[374]
    f[375] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[377]
    acc = acc + f[379]
    f[380] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[380]
    f[381] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[371]
    acc = acc + f[375]
    acc = acc + f[381]
    f[382] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[384]
    f[385] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[385]
    f[386] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[388]
    f[389] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[389]
    f[390] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[392]
    acc = acc + f[394]
    acc = acc + f[396]
    f[397] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[397]
    f[398] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[386]
    acc = acc + f[390]
    acc = acc + f[398]
    f[399] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[401]
    f[402] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[402]
    f[403] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[405]
    f[406] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[406]
    f[407] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[409]
    acc = acc + f[411]
    f[412] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[412]
    f[413] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[403]
    acc = acc + f[407]
    acc = acc + f[413]
    f[414] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[416]
    f[417] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[417]
    f[418] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[420]
    f[421] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[421]
    f[422] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[424]
    acc = acc + f[426]
    acc = acc + f[428]
    acc = acc + f[430]
    f[431] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[431]
    f[432] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[418]
    acc = acc + f[422]
    acc = acc + f[432]
    f[433] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[435]
    f[436] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[436]
    f[437] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[439]
    f[440] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[440]
    f[441] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[443]
    acc = acc + f[445]
    f[446] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[446]
    f[447] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[437]
    acc = acc + f[441]
    acc = acc + f[447]
    f[448] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[450]
    f[451] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[451]
    f[452] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[454]
    f[455] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[455]
    f[456] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[458]
    acc = acc + f[460]
    f[461] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[461]
    f[462] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[452]
    acc = acc + f[456]
    acc = acc + f[462]
    f[463] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[465]
    f[466] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[466]
    f[467] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[469]
    f[470] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[470]
    f[471] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[473]
    acc = acc + f[475]
    f[476] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[476]
    f[477] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[467]
    acc = acc + f[471]
    acc = acc + f[477]
    f[478] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[480]
    f[481] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[481]
    f[482] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[484]
    f[485] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[485]
    f[486] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[488]
    acc = acc + f[490]
    f[491] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[491]
    f[492] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[482]
    acc = acc + f[486]
    acc = acc + f[492]
    f[493] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[495]
    f[496] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[496]
    f[497] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[499]
    f[500] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[500]
    f[501] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[503]
    acc = acc + f[505]
    acc = acc + f[507]
    f[508] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[508]
    f[509] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[497]
    acc = acc + f[501]
    acc = acc + f[509]
    f[510] = Numeric.tidy(acc)
  }
}
