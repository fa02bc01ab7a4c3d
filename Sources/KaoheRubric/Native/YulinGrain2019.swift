// Generated from the compiled program of the embedded rubric yulin-grain-2019 by `NativeSource`; do not edit.
// Regenerate with `KAOHE_RECORD=1 swift test --filter NativeKernelTests`.
import KaoheFormula

/// The program of the embedded rubric yulin-grain-2019, compiled ahead of time: see `NativeSource`.
let yulinGrain2019Kernel = NativeKernel(
  fingerprint: 0x43987ab1655e1de8, slotCount: 451, run: yulinGrain2019)

@inline(never)
private func yulinGrain2019(_ f: UnsafeMutablePointer<Double>) {
  withUnsafeTemporaryAllocation(of: Double.self, capacity: 10) { buffer in
    guard let a = buffer.baseAddress else { return }
    var acc = 0.0
    var t498 = 0.0
    var t499 = 0.0
    var t500 = 0.0
    var t501 = 0.0
    var t502 = 0.0
    var t505 = 0.0
    var t506 = 0.0
    var t507 = 0.0
    var t508 = 0.0
    var t509 = 0.0
    var t510 = 0.0
    var t512 = 0.0
    var t513 = 0.0
    var t514 = 0.0
    var t515 = 0.0
    var t516 = 0.0
    var t518 = 0.0
    var t519 = 0.0
    var t520 = 0.0
    var t521 = 0.0
    var t523 = 0.0
    var t524 = 0.0
    var t525 = 0.0
    var t526 = 0.0
    var t527 = 0.0
    var t528 = 0.0
    var t529 = 0.0
    var t530 = 0.0
    var t532 = 0.0
    var t533 = 0.0
    var t534 = 0.0
    var t535 = 0.0
    var t536 = 0.0
    var t537 = 0.0
    var t540 = 0.0
    var t542 = 0.0
    var t543 = 0.0
    var t544 = 0.0
    var t545 = 0.0
    var t546 = 0.0
    var t547 = 0.0
    var t549 = 0.0
    var t550 = 0.0
    var t551 = 0.0
    var t552 = 0.0
    var t553 = 0.0
    var t554 = 0.0
    var t555 = 0.0
    var t556 = 0.0
    var t557 = 0.0
    var t558 = 0.0
    var t561 = 0.0
    var t562 = 0.0
    var t563 = 0.0
    var t565 = 0.0
    var t568 = 0.0
    var t569 = 0.0
    var t570 = 0.0
    var t572 = 0.0
    var t573 = 0.0
    var t576 = 0.0
    var t578 = 0.0
    var t579 = 0.0
    var t580 = 0.0
    var t581 = 0.0
    var t584 = 0.0
    var t585 = 0.0
    var t586 = 0.0
    var t587 = 0.0
    var t589 = 0.0
    var t592 = 0.0
    var t593 = 0.0
    var t594 = 0.0
    var t595 = 0.0
    var t598 = 0.0
    var t600 = 0.0
    var t602 = 0.0
    var t603 = 0.0
    var t604 = 0.0
    var t605 = 0.0
    var t608 = 0.0
    var t609 = 0.0
    var t611 = 0.0
    var t615 = 0.0
    var t620 = 0.0
    var t622 = 0.0
    var t623 = 0.0
    var t624 = 0.0
    var t626 = 0.0
    var t628 = 0.0
    var t630 = 0.0
    var t632 = 0.0
    var t634 = 0.0
    var t636 = 0.0
    var t637 = 0.0
    var t639 = 0.0
    var t640 = 0.0
    var t642 = 0.0
    var t644 = 0.0
    var t645 = 0.0
    var t647 = 0.0
    var t649 = 0.0
    var t655 = 0.0
    var t656 = 0.0
    var t657 = 0.0
    var t658 = 0.0
    var t661 = 0.0
    var t667 = 0.0
    var t669 = 0.0
    var t670 = 0.0
    var t671 = 0.0
    var t672 = 0.0
    var t674 = 0.0
    var t677 = 0.0
    var t678 = 0.0
    var t679 = 0.0
    var t680 = 0.0
    var t681 = 0.0
    var t682 = 0.0
    var t683 = 0.0
    var t684 = 0.0
    var t685 = 0.0
    var t686 = 0.0
    var t687 = 0.0
    var t688 = 0.0
    var t689 = 0.0
    var t690 = 0.0
    var t691 = 0.0
    var t692 = 0.0
    var t693 = 0.0
    var t695 = 0.0
    var t696 = 0.0
    var t697 = 0.0
    var t698 = 0.0
    var t699 = 0.0
    var t700 = 0.0
    var t701 = 0.0
    var t702 = 0.0
    var t703 = 0.0
    var t704 = 0.0
    var t705 = 0.0
    var t707 = 0.0
    var t708 = 0.0
    var t709 = 0.0
    var t710 = 0.0
    var t712 = 0.0
    var t713 = 0.0
    var t715 = 0.0
    var t717 = 0.0
    var t719 = 0.0
    var t720 = 0.0
    var t721 = 0.0
    var t723 = 0.0
    var t725 = 0.0
    var t726 = 0.0
    var t728 = 0.0
    var t731 = 0.0
    var t746 = 0.0
    var t749 = 0.0
    var t753 = 0.0
    var t756 = 0.0
    var t758 = 0.0
    var t767 = 0.0
    var t768 = 0.0
    var t769 = 0.0
    var t770 = 0.0
    var t771 = 0.0
    var t773 = 0.0
    var t775 = 0.0
    var t776 = 0.0
    var t777 = 0.0
    var t778 = 0.0
    var t779 = 0.0
    var t780 = 0.0
    var t782 = 0.0
    var t784 = 0.0
    var t793 = 0.0
    var t796 = 0.0
    var t799 = 0.0
    var t802 = 0.0
    var t803 = 0.0
    var t804 = 0.0
    var t805 = 0.0
    var t806 = 0.0
    f[215] = (f[2] != 0 ? 3.0 : 0)
    a[0] = f[5]
    a[1] = 100.0
    a[2] = 3.0
    a[3] = 300.0
    a[4] = 2.0
    a[5] = 1.0
    t501 = Builtin.tiersAtMost.evaluateUntraced(a, count: 6, site: 1)
    t500 = (f[4] != 0 ? t501 : 0.0)
    f[216] = Numeric.tidy((f[3] != 0 ? 3.0 : t500))
    f[217] = (f[6] != 0 ? 2.0 : 0)
    acc = 0.0
    acc = acc + f[215]
    acc = acc + f[216]
    acc = acc + f[217]
    f[218] = Numeric.tidy(Machine.capped(acc, at: 8.0, on: f[207]))
    t505 = 1.0 - f[7]
    t506 = Machine.apply(.equal, f[208], 1.0)
    a[0] = 1.0
    a[1] = Double(bitPattern: 0x3fb999999999999a)
    a[2] = Double(bitPattern: 0x3fb999999999999a)
    a[3] = t505
    a[4] = 0.0
    a[5] = t506
    f[219] = Builtin.deduct.evaluateUntraced(a, count: 6, site: 4)
    t507 = Machine.apply(.greaterEqual, f[9], Double(bitPattern: 0x3fb999999999999a))
    t508 = Machine.apply(.greater, f[9], 0.0)
    t509 = (t508 != 0 ? Double(bitPattern: 0x3fe999999999999a) : 0.0)
    t510 = (t507 != 0 ? 1.0 : t509)
    f[220] = (f[8] != 0 ? 1.0 : t510)
    t512 = Machine.apply(.divide, f[10], 10.0)
    t513 = Machine.apply(.divide, f[11], t512)
    a[0] = t513
    a[1] = 1.0
    a[2] = Double(bitPattern: 0x3ff8000000000000)
    a[3] = Double(bitPattern: 0x3fe0000000000000)
    a[4] = Double(bitPattern: 0x3ff3333333333333)
    a[5] = 0.0
    f[221] = Builtin.tiers.evaluateUntraced(a, count: 6, site: 5)
    t514 = Machine.apply(.equal, f[12], 0.0)
    t515 = Machine.apply(.equal, f[12], 1.0)
    t516 = (t515 != 0 ? Double(bitPattern: 0x3fd3333333333333) : 0.0)
    f[222] = (t514 != 0 ? Double(bitPattern: 0x3fe0000000000000) : t516)
    acc = 0.0
    acc = acc + f[219]
    acc = acc + f[220]
    acc = acc + f[221]
    acc = acc + f[222]
    f[223] = Numeric.tidy(Machine.capped(acc, at: 4.0, on: f[207]))
    t518 = Machine.apply(.greaterEqual, f[13], 0.0)
    a[0] = Double(bitPattern: 0x4003333333333333)
    a[1] = Double(bitPattern: 0x3fd3333333333333)
    a[2] = Double(bitPattern: 0x3fb999999999999a)
    a[3] = f[13]
    a[4] = 3.0
    a[5] = t506
    t499 = Builtin.addCapped.evaluateUntraced(a, count: 6, site: 7)
    t519 = -f[13]
    a[0] = Double(bitPattern: 0x4003333333333333)
    a[1] = Double(bitPattern: 0x3fe0000000000000)
    a[2] = Double(bitPattern: 0x3fb999999999999a)
    a[3] = t519
    a[4] = 0.0
    a[5] = t506
    t500 = Builtin.deduct.evaluateUntraced(a, count: 6, site: 8)
    f[224] = Numeric.tidy((t518 != 0 ? t499 : t500))
    acc = 0.0
    acc = acc + f[224]
    f[225] = Numeric.tidy(Machine.capped(acc, at: 3.0, on: f[207]))
    t520 = Machine.apply(.less, f[14], Double(bitPattern: 0x3feccccccccccccd))
    t521 = Double(bitPattern: 0x3fee666666666666) - f[14]
    a[0] = Double(bitPattern: 0x4004000000000000)
    a[1] = Double(bitPattern: 0x3fe0000000000000)
    a[2] = Double(bitPattern: 0x3f847ae147ae147b)
    a[3] = t521
    a[4] = 0.0
    a[5] = t506
    t500 = Builtin.deduct.evaluateUntraced(a, count: 6, site: 10)
    f[227] = Numeric.tidy((t520 != 0 ? 0.0 : t500))
    f[228] = (f[15] != 0 ? Double(bitPattern: 0x3fe0000000000000) : 0)
    t523 = Machine.apply(.greaterEqual, f[16], Double(bitPattern: 0x3feb333333333333))
    t524 = Machine.apply(.greaterEqual, f[17], 0.0)
    t525 = Machine.apply(.and, t523, t524)
    t526 = Machine.apply(.less, f[16], Double(bitPattern: 0x3feb333333333333))
    t527 = Machine.apply(.greaterEqual, f[17], Double(bitPattern: 0x3f847ae147ae147b))
    t528 = Machine.apply(.and, t526, t527)
    t529 = Machine.apply(.or, t525, t528)
    t530 = 2.0 * f[18]
    f[229] = Numeric.tidy((t529 != 0 ? 2.0 : t530))
    acc = 0.0
    acc = acc + f[227]
    acc = acc + f[228]
    acc = acc + f[229]
    f[230] = Numeric.tidy(Machine.capped(acc, at: 5.0, on: f[207]))
    t532 = -f[19]
    t533 = t532 - f[20]
    a[0] = 2.0
    a[1] = Double(bitPattern: 0x3fd999999999999a)
    a[2] = Double(bitPattern: 0x3f847ae147ae147b)
    a[3] = t533
    a[4] = Double(bitPattern: 0xc000000000000000)
    a[5] = t506
    f[231] = Builtin.deduct.evaluateUntraced(a, count: 6, site: 13)
    t534 = -f[21]
    t535 = t534 - f[22]
    a[0] = 2.0
    a[1] = Double(bitPattern: 0x3fd999999999999a)
    a[2] = Double(bitPattern: 0x3f847ae147ae147b)
    a[3] = t535
    a[4] = Double(bitPattern: 0xc000000000000000)
    a[5] = t506
    f[232] = Builtin.deduct.evaluateUntraced(a, count: 6, site: 14)
    a[0] = f[24]
    a[1] = 1.0
    a[2] = 2.0
    a[3] = Double(bitPattern: 0x3feccccccccccccd)
    a[4] = Double(bitPattern: 0x3ff999999999999a)
    a[5] = Double(bitPattern: 0x3fe999999999999a)
    t499 = Builtin.tiers.evaluateUntraced(a, count: 6, site: 15)
    f[233] = Numeric.tidy((f[23] != 0 ? t499 : 0.0))
    acc = 0.0
    acc = acc + f[231]
    acc = acc + f[232]
    acc = acc + f[233]
    f[234] = Numeric.tidy(Machine.capped(acc, at: 6.0, on: f[207]))
    t536 = Machine.apply(.equal, f[0], 0.0)
    t537 = (t536 != 0 ? f[25] : f[26])
    f[235] = (t537 != 0 ? 1.0 : 0)
    f[236] = (f[27] != 0 ? 1.0 : 0)
    t540 = (f[28] != 0 ? f[29] : f[30])
    f[237] = (t540 != 0 ? Double(bitPattern: 0x3ff8000000000000) : 0)
    t542 = 1.0 - f[31]
    a[0] = Double(bitPattern: 0x3fe0000000000000)
    a[1] = Double(bitPattern: 0x3fb999999999999a)
    a[2] = Double(bitPattern: 0x3fb999999999999a)
    a[3] = t542
    a[4] = 0.0
    a[5] = t506
    f[238] = Builtin.deduct.evaluateUntraced(a, count: 6, site: 20)
    acc = 0.0
    acc = acc + f[235]
    acc = acc + f[236]
    acc = acc + f[237]
    acc = acc + f[238]
    f[239] = Numeric.tidy(Machine.capped(acc, at: 4.0, on: f[207]))
    a[0] = f[32]
    a[1] = 1.0
    a[2] = 3.0
    a[3] = 0.0
    f[240] = Builtin.proportional.evaluateUntraced(a, count: 4, site: 22)
    acc = 0.0
    acc = acc + f[240]
    f[241] = Numeric.tidy(Machine.capped(acc, at: 3.0, on: f[207]))
    a[0] = f[34]
    a[1] = Double(bitPattern: 0x3feccccccccccccd)
    a[2] = Double(bitPattern: 0x3fe0000000000000)
    a[3] = 0.0
    t499 = Builtin.proportional.evaluateUntraced(a, count: 4, site: 24)
    f[242] = Numeric.tidy((f[33] != 0 ? t499 : 0.0))
    a[0] = f[35]
    a[1] = 1.0
    a[2] = 0.0
    a[3] = Double(bitPattern: 0x3feb333333333333)
    a[4] = Double(bitPattern: 0x3f847ae147ae147b)
    a[5] = Double(bitPattern: 0x3fe6666666666666)
    a[6] = Double(bitPattern: 0x3f947ae147ae147b)
    a[7] = Double(bitPattern: 0x3fe0000000000000)
    a[8] = Double(bitPattern: 0x3f9eb851eb851eb8)
    a[9] = Double(bitPattern: 0x3fa47ae147ae147b)
    t500 = Builtin.tiers.evaluateUntraced(a, count: 10, site: 25)
    acc = f[242]
    acc = (t500 < acc ? t500 : acc)
    t499 = acc
    t499 = -t499
    f[243] = Numeric.tidy((f[33] != 0 ? t499 : 0.0))
    a[0] = f[37]
    a[1] = Double(bitPattern: 0x3fe999999999999a)
    a[2] = Double(bitPattern: 0x3fe0000000000000)
    a[3] = 0.0
    t499 = Builtin.proportional.evaluateUntraced(a, count: 4, site: 27)
    f[244] = Numeric.tidy((f[36] != 0 ? t499 : 0.0))
    t543 = Machine.apply(.greaterEqual, f[38], 0.0)
    t544 = (f[33] != 0 ? 0.0 : Double(bitPattern: 0x3fd0000000000000))
    t545 = Double(bitPattern: 0x3fe0000000000000) + t544
    t546 = (f[36] != 0 ? 0.0 : Double(bitPattern: 0x3fd0000000000000))
    t547 = t545 + t546
    f[245] = Numeric.tidy((t543 != 0 ? t547 : 0))
    t549 = Double(bitPattern: 0x3fd999999999999a) + t544
    t550 = t549 + t546
    a[0] = f[39]
    a[1] = 1.0
    a[2] = t550
    a[3] = 0.0
    f[246] = Numeric.tidy(Builtin.proportional.evaluateUntraced(a, count: 4, site: 29))
    a[0] = f[40]
    a[1] = 1.0
    a[2] = Double(bitPattern: 0x3ff999999999999a)
    a[3] = 0.0
    f[247] = Builtin.proportional.evaluateUntraced(a, count: 4, site: 30)
    a[0] = f[42]
    a[1] = 1.0
    a[2] = Double(bitPattern: 0x3fd5c28f5c28f5c3)
    a[3] = Double(bitPattern: 0x3fe0000000000000)
    t498 = Builtin.proportional.evaluateUntraced(a, count: 4, site: 31)
    a[0] = f[48]
    a[1] = 1.0
    a[2] = Double(bitPattern: 0x3fd5c28f5c28f5c3)
    a[3] = Double(bitPattern: 0x3fe0000000000000)
    t500 = Builtin.proportional.evaluateUntraced(a, count: 4, site: 32)
    a[0] = t498
    a[1] = f[41]
    a[2] = t500
    a[3] = f[47]
    f[248] = Builtin.weightedAverage.evaluateUntraced(a, count: 4, site: 33)
    a[0] = f[43]
    a[1] = 1.0
    a[2] = Double(bitPattern: 0x3fcc28f5c28f5c29)
    a[3] = 0.0
    t498 = Builtin.proportional.evaluateUntraced(a, count: 4, site: 34)
    a[0] = f[49]
    a[1] = 1.0
    a[2] = Double(bitPattern: 0x3fcc28f5c28f5c29)
    a[3] = 0.0
    t500 = Builtin.proportional.evaluateUntraced(a, count: 4, site: 35)
    a[0] = t498
    a[1] = f[41]
    a[2] = t500
    a[3] = f[47]
    f[249] = Builtin.weightedAverage.evaluateUntraced(a, count: 4, site: 36)
    a[0] = f[44]
    a[1] = 1.0
    a[2] = Double(bitPattern: 0x3fcc28f5c28f5c29)
    a[3] = 0.0
    t498 = Builtin.proportional.evaluateUntraced(a, count: 4, site: 37)
    a[0] = f[50]
    a[1] = 1.0
    a[2] = Double(bitPattern: 0x3fcc28f5c28f5c29)
    a[3] = 0.0
    t500 = Builtin.proportional.evaluateUntraced(a, count: 4, site: 38)
    a[0] = t498
    a[1] = f[41]
    a[2] = t500
    a[3] = f[47]
    f[250] = Builtin.weightedAverage.evaluateUntraced(a, count: 4, site: 39)
    a[0] = f[45]
    a[1] = 1.0
    a[2] = Double(bitPattern: 0x3fceb851eb851eb8)
    a[3] = 0.0
    t498 = Builtin.proportional.evaluateUntraced(a, count: 4, site: 40)
    a[0] = f[51]
    a[1] = 1.0
    a[2] = Double(bitPattern: 0x3fceb851eb851eb8)
    a[3] = 0.0
    t500 = Builtin.proportional.evaluateUntraced(a, count: 4, site: 41)
    a[0] = t498
    a[1] = f[41]
    a[2] = t500
    a[3] = f[47]
    f[251] = Builtin.weightedAverage.evaluateUntraced(a, count: 4, site: 42)
    t551 = Machine.apply(.equal, f[46], 0.0)
    t552 = Machine.apply(.equal, f[46], 1.0)
    t553 = (t552 != 0 ? Double(bitPattern: 0x3fbeb851eb851eb8) : 0.0)
    t554 = (t551 != 0 ? Double(bitPattern: 0x3fceb851eb851eb8) : t553)
    t555 = Machine.apply(.equal, f[52], 0.0)
    t556 = Machine.apply(.equal, f[52], 1.0)
    t557 = (t556 != 0 ? Double(bitPattern: 0x3fbeb851eb851eb8) : 0.0)
    t558 = (t555 != 0 ? Double(bitPattern: 0x3fceb851eb851eb8) : t557)
    a[0] = t554
    a[1] = f[41]
    a[2] = t558
    a[3] = f[47]
    f[252] = Builtin.weightedAverage.evaluateUntraced(a, count: 4, site: 43)
    f[253] = (f[53] != 0 ? Double(bitPattern: 0x3fbeb851eb851eb8) : 0)
    f[254] = (f[54] != 0 ? Double(bitPattern: 0x3fbeb851eb851eb8) : 0)
    acc = 0.0
    acc = acc + f[242]
    acc = acc + f[243]
    acc = acc + f[244]
    acc = acc + f[245]
    acc = acc + f[246]
    acc = acc + f[247]
    acc = acc + f[248]
    acc = acc + f[249]
    acc = acc + f[250]
    acc = acc + f[251]
    acc = acc + f[252]
    acc = acc + f[253]
    acc = acc + f[254]
    f[255] = Numeric.tidy(Machine.capped(acc, at: 5.0, on: f[207]))
    t561 = Machine.apply(.greaterEqual, f[56], Double(bitPattern: 0x3fee666666666666))
    t562 = Machine.apply(.and, f[55], t561)
    t563 = (t562 != 0 ? Double(bitPattern: 0x3fe0000000000000) : 0)
    f[258] = (f[58] != 0 ? 0.0 : t563)
    t565 = (f[57] != 0 ? Double(bitPattern: 0x3fe0000000000000) : 0)
    f[259] = (f[58] != 0 ? 0.0 : t565)
    f[260] = (f[58] != 0 ? Double(bitPattern: 0xbff0000000000000) : 0)
    acc = 0.0
    acc = acc + f[258]
    acc = acc + f[259]
    t498 = Machine.capped(acc, at: 1.0, on: f[207])
    acc = 0.0
    acc = acc + f[260]
    t499 = acc
    f[261] = Numeric.tidy(t498 + t499)
    t568 = Machine.apply(.and, f[59], f[60])
    t569 = Machine.apply(.greater, f[61], Double(bitPattern: 0x3feb333333333333))
    t570 = Machine.apply(.and, t568, t569)
    f[262] = (t570 != 0 ? 1.0 : 0)
    acc = 0.0
    acc = acc + f[262]
    f[263] = Numeric.tidy(Machine.capped(acc, at: 1.0, on: f[207]))
    t572 = (f[63] == 0 ? 1 : 0)
    t573 = Machine.apply(.and, f[62], t572)
    f[265] = (t573 != 0 ? Double(bitPattern: 0x4004000000000000) : 0)
    f[266] = (f[64] != 0 ? Double(bitPattern: 0xbff0000000000000) : 0)
    t576 = Machine.apply(.and, f[64], f[65])
    f[267] = (t576 != 0 ? Double(bitPattern: 0xc000000000000000) : 0)
    acc = 0.0
    acc = acc + f[265]
    t498 = Machine.capped(acc, at: 2.0, on: f[207])
    acc = 0.0
    acc = acc + f[266]
    acc = acc + f[267]
    t499 = acc
    f[268] = Numeric.tidy(t498 + t499)
    t578 = Machine.apply(.equal, f[212], 0.0)
    t579 = (f[66] == 0 ? 1 : 0)
    t580 = Machine.apply(.and, t578, t579)
    t581 = (f[67] != 0 ? Double(bitPattern: 0x3fe0000000000000) : 0)
    f[269] = (t580 != 0 ? 0.0 : t581)
    f[270] = (t579 != 0 ? Double(bitPattern: 0x3fe0000000000000) : 0)
    acc = 0.0
    acc = acc + f[269]
    acc = acc + f[270]
    f[271] = Numeric.tidy(Machine.capped(acc, at: 1.0, on: f[207]))
    t584 = Machine.apply(.equal, f[210], 0.0)
    t585 = Machine.apply(.and, t584, f[72])
    t586 = Machine.apply(.or, f[70], t585)
    t587 = (f[68] != 0 ? Double(bitPattern: 0x3fd0000000000000) : 0)
    f[272] = (t586 != 0 ? 0.0 : t587)
    t589 = (f[69] != 0 ? Double(bitPattern: 0x3fd0000000000000) : 0)
    f[273] = (t586 != 0 ? 0.0 : t589)
    f[274] = (f[70] != 0 ? Double(bitPattern: 0xbfe0000000000000) : 0)
    t592 = Machine.apply(.and, t584, f[70])
    t593 = Machine.apply(.or, f[72], t592)
    t594 = (f[71] == 0 ? 1 : 0)
    t595 = (t594 != 0 ? Double(bitPattern: 0x3fe0000000000000) : 0)
    f[275] = (t593 != 0 ? 0.0 : t595)
    f[276] = (f[72] != 0 ? Double(bitPattern: 0xbfe0000000000000) : 0)
    acc = 0.0
    acc = acc + f[272]
    acc = acc + f[273]
    acc = acc + f[275]
    t498 = Machine.capped(acc, at: 1.0, on: f[207])
    acc = 0.0
    acc = acc + f[274]
    acc = acc + f[276]
    t499 = acc
    f[277] = Numeric.tidy(t498 + t499)
    t598 = Machine.apply(.greaterEqual, f[73], 1.0)
    f[280] = (t598 != 0 ? 3.0 : 0)
    t600 = Machine.apply(.greaterEqual, f[74], Double(bitPattern: 0x3fe6666666666666))
    f[281] = (t600 != 0 ? 1.0 : 0)
    t602 = Machine.apply(.equal, f[213], 0.0)
    t603 = (t602 != 0 ? 4.0 : 6.0)
    t604 = Machine.apply(.lessEqual, f[75], t603)
    t605 = 1.0 * f[76]
    f[282] = Numeric.tidy((t604 != 0 ? 1.0 : t605))
    f[283] = (f[77] != 0 ? 1.0 : 0)
    acc = 0.0
    acc = acc + f[280]
    acc = acc + f[281]
    acc = acc + f[282]
    acc = acc + f[283]
    f[284] = Numeric.tidy(Machine.capped(acc, at: 4.0, on: f[207]))
    t608 = (f[78] != 0 ? 0.0 : 2.0)
    t609 = (f[78] != 0 ? Double(bitPattern: 0xc000000000000000) : 0)
    f[285] = (f[214] != 0 ? t608 : t609)
    t611 = Machine.apply(.and, f[78], f[79])
    f[286] = (t611 != 0 ? Double(bitPattern: 0xc000000000000000) : 0)
    acc = 0.0
    acc = acc + f[285]
    t498 = Machine.capped(acc, at: 2.0, on: f[207])
    acc = 0.0
    acc = acc + f[286]
    t499 = acc
    f[287] = Numeric.tidy(t498 + t499)
    f[288] = (f[80] != 0 ? 2.0 : 0)
    f[289] = (f[81] != 0 ? 2.0 : 0)
    t615 = (f[81] == 0 ? 1 : 0)
    f[290] = (t615 != 0 ? Double(bitPattern: 0xc008000000000000) : 0)
    acc = 0.0
    acc = acc + f[288]
    acc = acc + f[289]
    t498 = Machine.capped(acc, at: 4.0, on: f[207])
    acc = 0.0
    acc = acc + f[290]
    t499 = acc
    f[291] = Numeric.tidy(t498 + t499)
    f[293] = (f[82] != 0 ? Double(bitPattern: 0x3fe0000000000000) : 0)
    f[294] = (f[83] != 0 ? Double(bitPattern: 0x3fe0000000000000) : 0)
    acc = 0.0
    acc = acc + f[293]
    acc = acc + f[294]
    f[295] = Numeric.tidy(Machine.capped(acc, at: 1.0, on: f[207]))
    f[296] = (f[84] != 0 ? 1.0 : 0)
    acc = 0.0
    acc = acc + f[296]
    f[297] = Numeric.tidy(Machine.capped(acc, at: 1.0, on: f[207]))
    t620 = Machine.apply(.and, f[85], f[86])
    f[300] = (t620 != 0 ? 2.0 : 0)
    acc = 0.0
    acc = acc + f[300]
    f[301] = Numeric.tidy(Machine.capped(acc, at: 2.0, on: f[207]))
    t622 = Machine.apply(.and, t584, f[93])
    t623 = Machine.apply(.and, f[87], f[88])
    t624 = (t623 != 0 ? 1.0 : 0)
    f[303] = (t622 != 0 ? 0.0 : t624)
    t626 = (f[89] != 0 ? Double(bitPattern: 0x3fe0000000000000) : 0)
    f[304] = (t622 != 0 ? 0.0 : t626)
    t628 = (f[90] != 0 ? Double(bitPattern: 0x3fe0000000000000) : 0)
    f[305] = (f[93] != 0 ? 0.0 : t628)
    t630 = (f[91] != 0 ? Double(bitPattern: 0x3fe0000000000000) : 0)
    f[306] = (f[93] != 0 ? 0.0 : t630)
    t632 = (f[92] != 0 ? Double(bitPattern: 0x3fe0000000000000) : 0)
    f[307] = (f[93] != 0 ? 0.0 : t632)
    t634 = Machine.apply(.and, f[93], f[94])
    f[308] = (t634 != 0 ? Double(bitPattern: 0xbff8000000000000) : 0)
    acc = 0.0
    acc = acc + f[303]
    acc = acc + f[304]
    acc = acc + f[305]
    acc = acc + f[306]
    acc = acc + f[307]
    t498 = Machine.capped(acc, at: 3.0, on: f[207])
    acc = 0.0
    acc = acc + f[308]
    t499 = acc
    f[309] = Numeric.tidy(t498 + t499)
    t636 = Machine.apply(.greaterEqual, f[95], 10.0)
    t637 = (t636 != 0 ? 1.0 : 0)
    f[310] = (f[1] != 0 ? 0.0 : t637)
    t639 = Machine.apply(.less, f[95], 10.0)
    t640 = (t639 != 0 ? Double(bitPattern: 0xbff0000000000000) : 0)
    f[311] = (f[1] != 0 ? 0.0 : t640)
    t642 = (f[96] != 0 ? 1.0 : 0)
    f[312] = (f[1] != 0 ? t642 : 0.0)
    t644 = (f[96] == 0 ? 1 : 0)
    t645 = (t644 != 0 ? Double(bitPattern: 0xbff0000000000000) : 0)
    f[313] = (f[1] != 0 ? t645 : 0.0)
    acc = 0.0
    acc = acc + f[310]
    acc = acc + f[312]
    t498 = Machine.capped(acc, at: 1.0, on: f[207])
    acc = 0.0
    acc = acc + f[311]
    acc = acc + f[313]
    t499 = acc
    f[314] = Numeric.tidy(t498 + t499)
    t647 = (f[97] != 0 ? 1.0 : 0)
    f[316] = (f[99] != 0 ? 0.0 : t647)
    t649 = (f[98] != 0 ? 1.0 : 0)
    f[317] = (f[99] != 0 ? 0.0 : t649)
    f[318] = (f[99] != 0 ? Double(bitPattern: 0xbff0000000000000) : 0)
    acc = 0.0
    acc = acc + f[316]
    acc = acc + f[317]
    t498 = Machine.capped(acc, at: 2.0, on: f[207])
    acc = 0.0
    acc = acc + f[318]
    t499 = acc
    f[319] = Numeric.tidy(t498 + t499)
    f[321] = (f[100] != 0 ? 1.0 : 0)
    f[322] = (f[101] != 0 ? Double(bitPattern: 0x3fc3333333333333) : 0)
    f[323] = (f[102] != 0 ? Double(bitPattern: 0x3fe0000000000000) : 0)
    t655 = Machine.apply(.equal, f[103], 0.0)
    t656 = (f[211] != 0 ? Double(bitPattern: 0x3fd6666666666666) : 0.0)
    t657 = Machine.apply(.equal, f[103], 1.0)
    t658 = (t657 != 0 ? Double(bitPattern: 0x3fd6666666666666) : 0)
    f[324] = (t655 != 0 ? t656 : t658)
    f[325] = (f[104] != 0 ? Double(bitPattern: 0xbff0000000000000) : 0)
    t661 = Machine.apply(.and, f[104], f[105])
    f[326] = (t661 != 0 ? Double(bitPattern: 0xbff0000000000000) : 0)
    acc = 0.0
    acc = acc + f[321]
    acc = acc + f[322]
    acc = acc + f[323]
    acc = acc + f[324]
    t498 = Machine.capped(acc, at: 2.0, on: f[207])
    acc = 0.0
    acc = acc + f[325]
    acc = acc + f[326]
    t499 = acc
    f[327] = Numeric.tidy(t498 + t499)
    f[328] = (f[106] != 0 ? Double(bitPattern: 0x3fd999999999999a) : 0)
    f[329] = (f[107] != 0 ? Double(bitPattern: 0x3fd999999999999a) : 0)
    f[330] = (f[108] != 0 ? Double(bitPattern: 0x3fd999999999999a) : 0)
    f[331] = (f[109] != 0 ? Double(bitPattern: 0x3fd999999999999a) : 0)
    t667 = (f[110] != 0 ? f[112] : f[111])
    f[332] = (t667 != 0 ? Double(bitPattern: 0x3fd999999999999a) : 0)
    t669 = (f[113] != 0 ? f[114] : 0.0)
    acc = f[328]
    acc = acc + f[329]
    acc = acc + f[330]
    acc = acc + f[331]
    acc = acc + f[332]
    t501 = acc
    acc = 0.0
    acc = (t501 > acc ? t501 : acc)
    t500 = acc
    acc = t669
    acc = (t500 < acc ? t500 : acc)
    t499 = acc
    t498 = (f[209] != 0 ? t499 : t669)
    f[333] = Numeric.tidy(-t498)
    t670 = (f[115] != 0 ? 1.0 : 0.0)
    acc = f[328]
    acc = acc + f[329]
    acc = acc + f[330]
    acc = acc + f[331]
    acc = acc + f[332]
    acc = acc + f[333]
    t501 = acc
    acc = 0.0
    acc = (t501 > acc ? t501 : acc)
    t500 = acc
    acc = t670
    acc = (t500 < acc ? t500 : acc)
    t499 = acc
    t498 = (f[209] != 0 ? t499 : t670)
    f[334] = Numeric.tidy(-t498)
    t671 = (f[116] != 0 ? Double(bitPattern: 0x3fe0000000000000) : 0.0)
    acc = f[328]
    acc = acc + f[329]
    acc = acc + f[330]
    acc = acc + f[331]
    acc = acc + f[332]
    acc = acc + f[333]
    acc = acc + f[334]
    t501 = acc
    acc = 0.0
    acc = (t501 > acc ? t501 : acc)
    t500 = acc
    acc = t671
    acc = (t500 < acc ? t500 : acc)
    t499 = acc
    t498 = (f[209] != 0 ? t499 : t671)
    f[335] = Numeric.tidy(-t498)
    t672 = (f[117] != 0 ? 1.0 : 0.0)
    acc = f[328]
    acc = acc + f[329]
    acc = acc + f[330]
    acc = acc + f[331]
    acc = acc + f[332]
    acc = acc + f[333]
    acc = acc + f[334]
    acc = acc + f[335]
    t501 = acc
    acc = 0.0
    acc = (t501 > acc ? t501 : acc)
    t500 = acc
    acc = t672
    acc = (t500 < acc ? t500 : acc)
    t499 = acc
    t498 = (f[209] != 0 ? t499 : t672)
    f[336] = Numeric.tidy(-t498)
    f[337] = (f[118] != 0 ? Double(bitPattern: 0xbff0000000000000) : 0)
    t674 = Machine.apply(.and, f[118], f[119])
    f[338] = (t674 != 0 ? Double(bitPattern: 0xbff0000000000000) : 0)
    acc = 0.0
    acc = acc + f[328]
    acc = acc + f[329]
    acc = acc + f[330]
    acc = acc + f[331]
    acc = acc + f[332]
    acc = acc + f[333]
    acc = acc + f[334]
    acc = acc + f[335]
    acc = acc + f[336]
    t498 = Machine.capped(acc, at: 2.0, on: f[207])
    acc = 0.0
    acc = acc + f[337]
    acc = acc + f[338]
    t499 = acc
    f[339] = Numeric.tidy(t498 + t499)
    f[342] = (f[120] != 0 ? 2.0 : 0)
    t677 = (f[122] != 0 ? Double(bitPattern: 0x3fd0000000000000) : 0.0)
    t678 = (f[121] != 0 ? t677 : 0.0)
    acc = 0.0
    acc = (f[342] > acc ? f[342] : acc)
    t499 = acc
    acc = t678
    acc = (t499 < acc ? t499 : acc)
    t498 = acc
    f[343] = Numeric.tidy(-t498)
    t679 = (f[123] != 0 ? Double(bitPattern: 0x3fd0000000000000) : 0.0)
    t680 = (f[121] != 0 ? t679 : 0.0)
    t500 = f[342] + f[343]
    acc = 0.0
    acc = (t500 > acc ? t500 : acc)
    t499 = acc
    acc = t680
    acc = (t499 < acc ? t499 : acc)
    t498 = acc
    f[344] = Numeric.tidy(-t498)
    t681 = 1.0 * f[124]
    t682 = (f[121] != 0 ? t681 : 0.0)
    acc = f[342]
    acc = acc + f[343]
    acc = acc + f[344]
    t500 = acc
    acc = 0.0
    acc = (t500 > acc ? t500 : acc)
    t499 = acc
    acc = t682
    acc = (t499 < acc ? t499 : acc)
    t498 = acc
    f[345] = Numeric.tidy(-t498)
    t683 = (f[125] != 0 ? Double(bitPattern: 0x3fd0000000000000) : 0.0)
    t684 = (f[121] != 0 ? t683 : 0.0)
    acc = f[342]
    acc = acc + f[343]
    acc = acc + f[344]
    acc = acc + f[345]
    t500 = acc
    acc = 0.0
    acc = (t500 > acc ? t500 : acc)
    t499 = acc
    acc = t684
    acc = (t499 < acc ? t499 : acc)
    t498 = acc
    f[346] = Numeric.tidy(-t498)
    t685 = Double(bitPattern: 0x3fd0000000000000) * f[126]
    t686 = (f[121] != 0 ? t685 : 0.0)
    acc = f[342]
    acc = acc + f[343]
    acc = acc + f[344]
    acc = acc + f[345]
    acc = acc + f[346]
    t500 = acc
    acc = 0.0
    acc = (t500 > acc ? t500 : acc)
    t499 = acc
    acc = t686
    acc = (t499 < acc ? t499 : acc)
    t498 = acc
    f[347] = Numeric.tidy(-t498)
    t687 = Double(bitPattern: 0x3fe0000000000000) * f[127]
    t688 = (f[121] != 0 ? t687 : 0.0)
    acc = f[342]
    acc = acc + f[343]
    acc = acc + f[344]
    acc = acc + f[345]
    acc = acc + f[346]
    acc = acc + f[347]
    t500 = acc
    acc = 0.0
    acc = (t500 > acc ? t500 : acc)
    t499 = acc
    acc = t688
    acc = (t499 < acc ? t499 : acc)
    t498 = acc
    f[348] = Numeric.tidy(-t498)
    t689 = Double(bitPattern: 0x3fd0000000000000) * f[128]
    t690 = (f[121] != 0 ? t689 : 0.0)
    acc = f[342]
    acc = acc + f[343]
    acc = acc + f[344]
    acc = acc + f[345]
    acc = acc + f[346]
    acc = acc + f[347]
    acc = acc + f[348]
    t500 = acc
    acc = 0.0
    acc = (t500 > acc ? t500 : acc)
    t499 = acc
    acc = t690
    acc = (t499 < acc ? t499 : acc)
    t498 = acc
    f[349] = Numeric.tidy(-t498)
    acc = 0.0
    acc = acc + f[342]
    acc = acc + f[343]
    acc = acc + f[344]
    acc = acc + f[345]
    acc = acc + f[346]
    acc = acc + f[347]
    acc = acc + f[348]
    acc = acc + f[349]
    f[350] = Numeric.tidy(Machine.capped(acc, at: 2.0, on: f[207]))
    t691 = Machine.apply(.and, t584, f[138])
    t692 = Machine.apply(.equal, f[129], 2.0)
    t693 = (t692 != 0 ? 0.0 : Double(bitPattern: 0x3fe0000000000000))
    f[351] = (t691 != 0 ? 0.0 : t693)
    t695 = Machine.apply(.equal, f[129], 1.0)
    t696 = (t695 != 0 ? Double(bitPattern: 0x3fc999999999999a) : 0.0)
    acc = 0.0
    acc = (f[351] > acc ? f[351] : acc)
    t499 = acc
    acc = t696
    acc = (t499 < acc ? t499 : acc)
    t498 = acc
    f[352] = Numeric.tidy(-t498)
    t697 = (f[130] != 0 ? 0.0 : Double(bitPattern: 0x3fd3333333333333))
    t500 = f[351] + f[352]
    acc = 0.0
    acc = (t500 > acc ? t500 : acc)
    t499 = acc
    acc = t697
    acc = (t499 < acc ? t499 : acc)
    t498 = acc
    f[353] = Numeric.tidy(-t498)
    t698 = (f[131] != 0 ? 0.0 : Double(bitPattern: 0x3fd3333333333333))
    acc = f[351]
    acc = acc + f[352]
    acc = acc + f[353]
    t500 = acc
    acc = 0.0
    acc = (t500 > acc ? t500 : acc)
    t499 = acc
    acc = t698
    acc = (t499 < acc ? t499 : acc)
    t498 = acc
    f[354] = Numeric.tidy(-t498)
    t699 = (f[132] != 0 ? Double(bitPattern: 0x3fe0000000000000) : 0.0)
    acc = f[351]
    acc = acc + f[352]
    acc = acc + f[353]
    acc = acc + f[354]
    t500 = acc
    acc = 0.0
    acc = (t500 > acc ? t500 : acc)
    t499 = acc
    acc = t699
    acc = (t499 < acc ? t499 : acc)
    t498 = acc
    f[355] = Numeric.tidy(-t498)
    t700 = (f[133] == 0 ? 1 : 0)
    t701 = Machine.apply(.or, f[138], t700)
    t702 = Machine.apply(.equal, f[134], 0.0)
    t703 = Machine.apply(.equal, f[134], 1.0)
    t704 = (t703 != 0 ? Double(bitPattern: 0x3fc3333333333333) : 0.0)
    t705 = (t702 != 0 ? Double(bitPattern: 0x3fd0000000000000) : t704)
    f[356] = (t701 != 0 ? 0.0 : t705)
    t707 = Machine.apply(.equal, f[135], 0.0)
    t708 = Machine.apply(.equal, f[135], 1.0)
    t709 = (t708 != 0 ? Double(bitPattern: 0x3fb999999999999a) : 0.0)
    t710 = (t707 != 0 ? Double(bitPattern: 0x3fd0000000000000) : t709)
    f[357] = (t701 != 0 ? 0.0 : t710)
    t712 = Machine.apply(.or, f[138], f[133])
    t713 = (f[136] != 0 ? Double(bitPattern: 0x3fd0000000000000) : 0)
    f[358] = (t712 != 0 ? 0.0 : t713)
    t715 = (f[137] != 0 ? Double(bitPattern: 0x3fd0000000000000) : 0)
    f[359] = (t712 != 0 ? 0.0 : t715)
    t717 = Machine.apply(.and, f[138], f[139])
    f[360] = (t717 != 0 ? Double(bitPattern: 0xbfe0000000000000) : 0)
    t719 = (f[140] == 0 ? 1 : 0)
    t720 = Machine.apply(.or, t691, t719)
    a[0] = f[141]
    a[1] = Double(bitPattern: 0x3fe999999999999a)
    a[2] = Double(bitPattern: 0x3fd3333333333333)
    a[3] = Double(bitPattern: 0x3fe3333333333333)
    a[4] = Double(bitPattern: 0x3fc999999999999a)
    a[5] = Double(bitPattern: 0x3fb999999999999a)
    t500 = Builtin.tiers.evaluateUntraced(a, count: 6, site: 150)
    f[361] = Numeric.tidy((t720 != 0 ? 0.0 : t500))
    t721 = (f[142] != 0 ? Double(bitPattern: 0x3fb999999999999a) : 0)
    f[362] = (t720 != 0 ? 0.0 : t721)
    t723 = (f[143] != 0 ? Double(bitPattern: 0x3fb999999999999a) : 0)
    f[363] = (t720 != 0 ? 0.0 : t723)
    t725 = Machine.apply(.or, t691, f[140])
    t726 = (f[144] != 0 ? Double(bitPattern: 0x3fe0000000000000) : 0)
    f[364] = (t725 != 0 ? 0.0 : t726)
    t728 = (f[145] != 0 ? Double(bitPattern: 0x3fe0000000000000) : 0)
    f[365] = (t691 != 0 ? 0.0 : t728)
    acc = 0.0
    acc = acc + f[351]
    acc = acc + f[352]
    acc = acc + f[353]
    acc = acc + f[354]
    acc = acc + f[355]
    acc = acc + f[356]
    acc = acc + f[357]
    acc = acc + f[358]
    acc = acc + f[359]
    acc = acc + f[361]
    acc = acc + f[362]
    acc = acc + f[363]
    acc = acc + f[364]
    acc = acc + f[365]
    t498 = Machine.capped(acc, at: 2.0, on: f[207])
    acc = 0.0
    acc = acc + f[360]
    t499 = acc
    f[366] = Numeric.tidy(t498 + t499)
    f[367] = (f[146] != 0 ? Double(bitPattern: 0x3fe3333333333333) : 0)
    t731 = (f[147] == 0 ? 1 : 0)
    f[368] = (t731 != 0 ? Double(bitPattern: 0x3fd999999999999a) : 0)
    acc = 0.0
    acc = acc + f[367]
    acc = acc + f[368]
    f[369] = Numeric.tidy(Machine.capped(acc, at: 1.0, on: f[207]))
    f[371] = (f[148] != 0 ? 1.0 : 0)
    acc = 0.0
    acc = acc + f[371]
    f[372] = Numeric.tidy(Machine.capped(acc, at: 1.0, on: f[207]))
    f[374] = (f[149] != 0 ? 2.0 : 0)
    acc = 0.0
    acc = acc + f[374]
    f[375] = Numeric.tidy(Machine.capped(acc, at: 2.0, on: f[207]))
    f[378] = (f[150] != 0 ? 2.0 : 0)
    f[379] = (f[151] != 0 ? 1.0 : 0)
    f[380] = (f[152] != 0 ? 1.0 : 0)
    acc = 0.0
    acc = acc + f[378]
    acc = acc + f[379]
    acc = acc + f[380]
    f[381] = Numeric.tidy(Machine.capped(acc, at: 4.0, on: f[207]))
    f[383] = (f[153] != 0 ? Double(bitPattern: 0x3fb999999999999a) : 0)
    f[384] = (f[154] != 0 ? Double(bitPattern: 0x3fb999999999999a) : 0)
    f[385] = (f[155] != 0 ? Double(bitPattern: 0x3fb999999999999a) : 0)
    f[386] = (f[156] != 0 ? Double(bitPattern: 0x3fb999999999999a) : 0)
    f[387] = (f[157] != 0 ? Double(bitPattern: 0x3fb999999999999a) : 0)
    f[388] = (f[158] != 0 ? Double(bitPattern: 0x3fe0000000000000) : 0)
    f[389] = (f[159] != 0 ? Double(bitPattern: 0x3fe0000000000000) : 0)
    f[390] = (f[160] != 0 ? Double(bitPattern: 0x3fe0000000000000) : 0)
    t746 = (f[161] != 0 ? f[162] : f[163])
    f[391] = (t746 != 0 ? 2.0 : 0)
    acc = 0.0
    acc = acc + f[383]
    acc = acc + f[384]
    acc = acc + f[385]
    acc = acc + f[386]
    acc = acc + f[387]
    acc = acc + f[388]
    acc = acc + f[389]
    acc = acc + f[390]
    acc = acc + f[391]
    f[392] = Numeric.tidy(Machine.capped(acc, at: 4.0, on: f[207]))
    f[395] = (f[164] != 0 ? Double(bitPattern: 0x3fe0000000000000) : 0)
    t749 = Machine.apply(.and, f[164], f[165])
    f[396] = (t749 != 0 ? Double(bitPattern: 0x3fe0000000000000) : 0)
    f[397] = (f[166] != 0 ? Double(bitPattern: 0x3fe0000000000000) : 0)
    f[398] = (f[167] != 0 ? Double(bitPattern: 0x3fe0000000000000) : 0)
    acc = 0.0
    acc = acc + f[395]
    acc = acc + f[396]
    acc = acc + f[397]
    acc = acc + f[398]
    f[399] = Numeric.tidy(Machine.capped(acc, at: 2.0, on: f[207]))
    t753 = Machine.apply(.greaterEqual, f[168], Double(bitPattern: 0x3fc999999999999a))
    f[400] = (t753 != 0 ? Double(bitPattern: 0x3fe0000000000000) : 0)
    f[401] = (f[169] != 0 ? 1.0 : 0)
    t756 = Machine.apply(.and, f[170], f[171])
    f[402] = (t756 != 0 ? Double(bitPattern: 0x3fe0000000000000) : 0)
    acc = 0.0
    acc = acc + f[400]
    acc = acc + f[401]
    acc = acc + f[402]
    f[403] = Numeric.tidy(Machine.capped(acc, at: 2.0, on: f[207]))
    t758 = 1.0 * f[173]
    f[405] = Numeric.tidy((f[172] != 0 ? 1.0 : t758))
    acc = 0.0
    acc = acc + f[405]
    f[406] = Numeric.tidy(Machine.capped(acc, at: 1.0, on: f[207]))
    f[407] = (f[174] != 0 ? Double(bitPattern: 0x3fe0000000000000) : 0)
    f[408] = (f[175] != 0 ? Double(bitPattern: 0x3fe0000000000000) : 0)
    f[411] = (f[178] != 0 ? Double(bitPattern: 0x3fd6666666666666) : 0)
    f[414] = (f[181] != 0 ? Double(bitPattern: 0x3fd999999999999a) : 0)
    f[416] = (f[183] != 0 ? Double(bitPattern: 0x3fa999999999999a) : 0)
    f[417] = (f[184] != 0 ? Double(bitPattern: 0x3fb999999999999a) : 0)
    f[418] = (f[185] != 0 ? Double(bitPattern: 0x3fb999999999999a) : 0)
    t767 = (f[176] != 0 ? 1.0 : 0.0)
    acc = f[407]
    acc = acc + f[408]
    acc = acc + f[411]
    acc = acc + f[414]
    acc = acc + f[416]
    acc = acc + f[417]
    acc = acc + f[418]
    t501 = acc
    acc = 0.0
    acc = (t501 > acc ? t501 : acc)
    t500 = acc
    acc = t767
    acc = (t500 < acc ? t500 : acc)
    t499 = acc
    t498 = (f[209] != 0 ? t499 : t767)
    f[409] = Numeric.tidy(-t498)
    t768 = (f[177] != 0 ? 1.0 : 0.0)
    acc = f[407]
    acc = acc + f[408]
    acc = acc + f[411]
    acc = acc + f[414]
    acc = acc + f[416]
    acc = acc + f[417]
    acc = acc + f[418]
    acc = acc + f[409]
    t501 = acc
    acc = 0.0
    acc = (t501 > acc ? t501 : acc)
    t500 = acc
    acc = t768
    acc = (t500 < acc ? t500 : acc)
    t499 = acc
    t498 = (f[209] != 0 ? t499 : t768)
    f[410] = Numeric.tidy(-t498)
    t769 = Double(bitPattern: 0x3fb999999999999a) * f[179]
    acc = f[407]
    acc = acc + f[408]
    acc = acc + f[411]
    acc = acc + f[414]
    acc = acc + f[416]
    acc = acc + f[417]
    acc = acc + f[418]
    acc = acc + f[409]
    acc = acc + f[410]
    t501 = acc
    acc = 0.0
    acc = (t501 > acc ? t501 : acc)
    t500 = acc
    acc = t769
    acc = (t500 < acc ? t500 : acc)
    t499 = acc
    t498 = (f[209] != 0 ? t499 : t769)
    f[412] = Numeric.tidy(-t498)
    t502 = f[411] + f[412]
    t501 = Double(bitPattern: 0x3fd6666666666666) - t502
    acc = 0.0
    acc = (t501 > acc ? t501 : acc)
    t500 = acc
    acc = Double(bitPattern: 0x3fb999999999999a)
    acc = (t500 < acc ? t500 : acc)
    t499 = acc
    f[413] = Numeric.tidy((f[180] != 0 ? t499 : 0.0))
    t770 = Double(bitPattern: 0x3fb999999999999a) * f[182]
    acc = t770
    acc = (Double(bitPattern: 0x3fd999999999999a) < acc ? Double(bitPattern: 0x3fd999999999999a) : acc)
    t771 = acc
    acc = f[407]
    acc = acc + f[408]
    acc = acc + f[411]
    acc = acc + f[414]
    acc = acc + f[416]
    acc = acc + f[417]
    acc = acc + f[418]
    acc = acc + f[409]
    acc = acc + f[410]
    acc = acc + f[412]
    acc = acc + f[413]
    t501 = acc
    acc = 0.0
    acc = (t501 > acc ? t501 : acc)
    t500 = acc
    acc = t771
    acc = (t500 < acc ? t500 : acc)
    t499 = acc
    t498 = (f[209] != 0 ? t499 : t771)
    f[415] = Numeric.tidy(-t498)
    f[419] = (f[186] != 0 ? Double(bitPattern: 0xbfd0000000000000) : 0)
    acc = 0.0
    acc = acc + f[407]
    acc = acc + f[408]
    acc = acc + f[409]
    acc = acc + f[410]
    acc = acc + f[411]
    acc = acc + f[412]
    acc = acc + f[413]
    acc = acc + f[414]
    acc = acc + f[415]
    acc = acc + f[416]
    acc = acc + f[417]
    acc = acc + f[418]
    t498 = Machine.capped(acc, at: 2.0, on: f[207])
    acc = 0.0
    acc = acc + f[419]
    t499 = acc
    f[420] = Numeric.tidy(t498 + t499)
    t773 = Machine.apply(.and, f[187], f[188])
    f[421] = (t773 != 0 ? 1.0 : 0)
    t775 = (f[189] == 0 ? 1 : 0)
    t776 = (f[211] != 0 ? 1.0 : 0.0)
    t777 = Machine.apply(.greaterEqual, f[190], 1.0)
    t778 = Machine.apply(.greater, f[190], Double(bitPattern: 0x3fe0000000000000))
    t779 = (t778 != 0 ? Double(bitPattern: 0x3fe0000000000000) : 0.0)
    t780 = (t777 != 0 ? 1.0 : t779)
    f[423] = (t775 != 0 ? t776 : t780)
    t782 = 1.0 * f[192]
    f[424] = Numeric.tidy((f[191] != 0 ? 1.0 : t782))
    t784 = (f[187] != 0 ? 0.0 : 1.0)
    acc = f[421]
    acc = acc + f[423]
    acc = acc + f[424]
    t501 = acc
    acc = 0.0
    acc = (t501 > acc ? t501 : acc)
    t500 = acc
    acc = t784
    acc = (t500 < acc ? t500 : acc)
    t499 = acc
    t498 = (f[209] != 0 ? t499 : t784)
    f[422] = Numeric.tidy(-t498)
    f[425] = (f[193] != 0 ? Double(bitPattern: 0xc010000000000000) : 0)
    acc = 0.0
    acc = acc + f[421]
    acc = acc + f[422]
    acc = acc + f[423]
    acc = acc + f[424]
    t498 = Machine.capped(acc, at: 3.0, on: f[207])
    acc = 0.0
    acc = acc + f[425]
    t499 = acc
    f[426] = Numeric.tidy(t498 + t499)
    f[429] = (f[194] != 0 ? 1.0 : 0)
    f[430] = (f[195] != 0 ? 1.0 : 0)
    acc = 0.0
    acc = acc + f[429]
    acc = acc + f[430]
    f[431] = Numeric.tidy(Machine.capped(acc, at: 2.0, on: f[207]))
    f[433] = (f[196] != 0 ? Double(bitPattern: 0x3fe3333333333333) : 0)
    f[434] = (f[197] != 0 ? Double(bitPattern: 0x3fd3333333333333) : 0)
    f[435] = (f[198] != 0 ? Double(bitPattern: 0x3fd3333333333333) : 0)
    f[436] = (f[199] != 0 ? Double(bitPattern: 0x3fd3333333333333) : 0)
    f[437] = (f[200] != 0 ? Double(bitPattern: 0x3fd3333333333333) : 0)
    t793 = (f[200] == 0 ? 1 : 0)
    f[438] = (t793 != 0 ? Double(bitPattern: 0xbfe3333333333333) : 0)
    f[439] = (f[201] != 0 ? 1.0 : 0)
    t796 = (f[201] == 0 ? 1 : 0)
    f[440] = (t796 != 0 ? Double(bitPattern: 0xbff0000000000000) : 0)
    f[441] = (f[202] != 0 ? Double(bitPattern: 0x3fe3333333333333) : 0)
    t799 = (f[202] == 0 ? 1 : 0)
    f[442] = (t799 != 0 ? Double(bitPattern: 0xbff0000000000000) : 0)
    f[443] = (f[203] != 0 ? Double(bitPattern: 0x3fe3333333333333) : 0)
    t802 = Double(bitPattern: 0x3faeb851eb851eb8) * f[204]
    acc = f[433]
    acc = acc + f[434]
    acc = acc + f[435]
    acc = acc + f[436]
    acc = acc + f[437]
    acc = acc + f[439]
    acc = acc + f[441]
    acc = acc + f[443]
    t501 = acc
    acc = 0.0
    acc = (t501 > acc ? t501 : acc)
    t500 = acc
    acc = t802
    acc = (t500 < acc ? t500 : acc)
    t499 = acc
    t498 = (f[209] != 0 ? t499 : t802)
    f[444] = Numeric.tidy(-t498)
    t803 = Double(bitPattern: 0x3faeb851eb851eb8) * f[205]
    acc = f[433]
    acc = acc + f[434]
    acc = acc + f[435]
    acc = acc + f[436]
    acc = acc + f[437]
    acc = acc + f[439]
    acc = acc + f[441]
    acc = acc + f[443]
    acc = acc + f[444]
    t501 = acc
    acc = 0.0
    acc = (t501 > acc ? t501 : acc)
    t500 = acc
    acc = t803
    acc = (t500 < acc ? t500 : acc)
    t499 = acc
    t498 = (f[209] != 0 ? t499 : t803)
    f[445] = Numeric.tidy(-t498)
    t804 = f[205] + f[206]
    t805 = t804 + f[204]
    t806 = Machine.apply(.greaterEqual, t805, 5.0)
    acc = f[443]
    acc = acc + f[444]
    acc = acc + f[445]
    t499 = acc
    t499 = -t499
    f[446] = Numeric.tidy((t806 != 0 ? t499 : 0.0))
    acc = 0.0
    acc = acc + f[433]
    acc = acc + f[434]
    acc = acc + f[435]
    acc = acc + f[436]
    acc = acc + f[437]
    acc = acc + f[439]
    acc = acc + f[441]
    acc = acc + f[443]
    acc = acc + f[444]
    acc = acc + f[445]
    acc = acc + f[446]
    t498 = Machine.capped(acc, at: 4.0, on: f[207])
    acc = 0.0
    acc = acc + f[438]
    acc = acc + f[440]
    acc = acc + f[442]
    t499 = acc
    f[447] = Numeric.tidy(t498 + t499)
    acc = 0.0
    acc = acc + f[218]
    acc = acc + f[223]
    acc = acc + f[225]
    f[226] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[230]
    acc = acc + f[234]
    acc = acc + f[239]
    acc = acc + f[241]
    acc = acc + f[255]
    f[256] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[226]
    acc = acc + f[256]
    f[257] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[261]
    acc = acc + f[263]
    f[264] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[268]
    acc = acc + f[271]
    acc = acc + f[277]
    f[278] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[264]
    acc = acc + f[278]
    f[279] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[284]
    acc = acc + f[287]
    acc = acc + f[291]
    f[292] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[295]
    acc = acc + f[297]
    f[298] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[292]
    acc = acc + f[298]
    f[299] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[301]
    f[302] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[309]
    acc = acc + f[314]
    f[315] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[319]
    f[320] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[327]
    acc = acc + f[339]
    f[340] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[302]
    acc = acc + f[315]
    acc = acc + f[320]
    acc = acc + f[340]
    f[341] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[350]
    acc = acc + f[366]
    acc = acc + f[369]
    f[370] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[372]
    f[373] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[375]
    f[376] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[370]
    acc = acc + f[373]
    acc = acc + f[376]
    f[377] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[381]
    f[382] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[392]
    f[393] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[382]
    acc = acc + f[393]
    f[394] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[399]
    acc = acc + f[403]
    f[404] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[406]
    acc = acc + f[420]
    acc = acc + f[426]
    f[427] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[404]
    acc = acc + f[427]
    f[428] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[431]
    f[432] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[447]
    f[448] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[432]
    acc = acc + f[448]
    f[449] = Numeric.tidy(acc)
    acc = 0.0
    acc = acc + f[257]
    acc = acc + f[279]
    acc = acc + f[299]
    acc = acc + f[341]
    acc = acc + f[377]
    acc = acc + f[394]
    acc = acc + f[428]
    acc = acc + f[449]
    f[450] = Numeric.tidy(acc)
  }
}
