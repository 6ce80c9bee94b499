// Silhouettes on an 800×800 canvas, drawn inside a <g> that sets the outline stroke. Kept to a
// handful of paths each so every SVG stays well under 3 KB.
import type { ArtKind } from "./colours";

export interface Tones {
  main: string;
  dark: string;
  light: string;
  /** A colour-independent material: soles, steel, pages. */
  neutral: string;
  bgInner: string;
  bgOuter: string;
}

const fill = (d: string, colour: string) => `<path d="${d}" fill="${colour}"/>`;
const line = (d: string, colour: string, width = 6) =>
  `<path d="${d}" fill="none" stroke="${colour}" stroke-width="${width}"/>`;

const WOOD = "#9a7451";
const STEEL = "#cfd4da";

export const SHAPES: Record<ArtKind, (t: Tones) => string> = {
  tshirt: (t) =>
    fill(
      "M310 160Q400 235 490 160L622 206L684 338L592 374L570 328L570 652Q400 668 230 652L230 328L208 374L116 338L178 206Z",
      t.main,
    ) +
    line(
      "M322 166Q400 252 478 166M230 328Q236 260 196 212M570 328Q564 260 604 212M600 352L672 322M200 352L128 322",
      t.dark,
    ),
  hoodie: (t) =>
    fill("M286 212Q286 96 400 92Q514 96 514 212Z", t.main) +
    fill(
      "M300 192L500 192L612 232Q662 262 672 332L694 612L622 624L590 362L570 362L570 652L230 652L230 362L210 362L178 624L106 612L128 332Q138 262 188 232Z",
      t.main,
    ) +
    fill("M326 200Q400 140 474 200Q400 262 326 200Z", t.dark) +
    fill("M300 510L500 510L528 612L272 612Z", t.light) +
    line("M376 236L370 330M424 236L430 330", t.light, 8) +
    line("M230 620L570 620M112 580L182 590M688 580L618 590", t.dark),
  jeans: (t) =>
    fill(
      "M252 140L548 140L562 200L604 662L452 662L404 300L396 300L348 662L196 662L238 200Z",
      t.main,
    ) +
    line(
      "M242 184L558 184M262 204Q300 262 342 204M458 204Q500 262 538 204M400 186L400 286M204 624L344 624M456 624L596 624",
      t.light,
    ) +
    line("M290 142L290 184M510 142L510 184M400 142L400 184", t.dark),
  sneaker: (t) =>
    fill(
      "M162 548L166 408Q172 352 226 348Q282 404 340 352L372 338L512 422Q632 440 676 500Q692 540 662 552Z",
      t.main,
    ) +
    fill("M144 546L690 546Q706 588 660 600L178 600Q132 596 144 546Z", t.neutral) +
    line("M236 500Q400 490 574 446", t.light, 14) +
    line("M400 372L380 404M436 392L414 424M472 410L452 440", t.dark) +
    line("M150 576L686 576", t.dark, 4),
  boot: (t) =>
    fill("M212 176L384 176L392 420Q480 438 566 470Q650 506 652 604L196 604Z", t.main) +
    fill("M184 604L664 604L664 646L184 646Z", t.dark) +
    fill("M184 604L300 604L300 646L184 646Z", WOOD) +
    line(
      "M212 214L384 214M388 250L350 250M388 300L350 300M390 350L352 350M392 400L356 400",
      t.light,
    ) +
    line("M212 176Q190 130 236 130L250 176", t.dark, 10),
  backpack: (t) =>
    line("M350 196Q350 126 400 126Q450 126 450 196", t.dark, 20) +
    fill(
      "M300 190L500 190Q572 190 572 262L572 610Q572 652 530 652L270 652Q228 652 228 610L228 262Q228 190 300 190Z",
      t.main,
    ) +
    fill(
      "M300 420L500 420Q528 420 528 448L528 600Q528 620 508 620L292 620Q272 620 272 600L272 448Q272 420 300 420Z",
      t.light,
    ) +
    line("M296 300Q400 262 504 300M300 452L500 452", t.dark) +
    fill("M382 440L418 440L418 478L382 478Z", t.dark),
  mug: (t) =>
    line("M506 372Q616 364 614 462Q612 556 506 552", t.dark, 52) +
    line("M506 372Q616 364 614 462Q612 556 506 552", t.main, 34) +
    fill("M248 300L512 300L506 600Q504 640 464 640L296 640Q256 640 254 600Z", t.main) +
    `<ellipse cx="380" cy="300" rx="132" ry="28" fill="${t.dark}"/>` +
    line(
      "M300 250Q280 210 304 176Q328 142 304 108M380 250Q360 210 384 176Q408 142 384 108M460 250Q440 210 464 176Q488 142 464 108",
      "#ffffff",
      10,
    ),
  lamp: (t) =>
    fill("M296 190L504 190L584 420L216 420Z", t.main) +
    `<ellipse cx="400" cy="420" rx="176" ry="14" fill="#ffe7a0"/>` +
    line("M392 420L392 452M408 420L408 452", t.dark) +
    fill("M352 452L448 452Q520 540 462 640L338 640Q280 540 352 452Z", t.neutral) +
    line("M256 300L544 300", t.light, 10),
  chair: (t) =>
    line("M286 452L236 664M516 452L568 664M330 452L316 640M474 452L488 640", WOOD, 18) +
    fill("M216 150Q270 138 282 150L318 420L268 430Z", t.main) +
    fill(
      "M236 404L560 404Q586 404 586 428L586 438Q586 462 560 462L236 462Q212 462 212 438L212 428Q212 404 236 404Z",
      t.main,
    ) +
    line("M250 190L288 402", t.light, 6),
  headphones: (t) =>
    line("M212 430Q212 164 400 164Q588 164 588 430", t.dark, 48) +
    line("M212 430Q212 164 400 164Q588 164 588 430", t.main, 32) +
    fill(
      "M168 386L238 386Q262 386 262 410L262 578Q262 602 238 602L168 602Q144 602 144 578L144 410Q144 386 168 386Z",
      t.main,
    ) +
    fill(
      "M562 386L632 386Q656 386 656 410L656 578Q656 602 632 602L562 602Q538 602 538 578L538 410Q538 386 562 386Z",
      t.main,
    ) +
    fill("M262 406L286 406L286 582L262 582ZM514 406L538 406L538 582L514 582Z", t.dark),
  watch: (t) =>
    fill("M336 92L464 92L464 708L336 708Z", t.main) +
    line("M400 600L400 690M400 110L400 200", t.dark, 4) +
    fill("M548 384L572 384L572 416L548 416Z", STEEL) +
    `<circle cx="400" cy="400" r="152" fill="${STEEL}"/><circle cx="400" cy="400" r="126" fill="#fbfaf7"/>` +
    line("M400 292L400 312M400 488L400 508M292 400L312 400M488 400L508 400", t.dark) +
    line("M400 400L400 318M400 400L462 432", "#23262d", 10),
  notebook: (t) =>
    fill("M556 152L576 158L576 664L556 670Z", t.neutral) +
    fill(
      "M252 140L540 140Q564 140 564 164L564 652Q564 676 540 676L252 676Q228 676 228 652L228 164Q228 140 252 140Z",
      t.main,
    ) +
    fill("M228 164Q228 140 252 140L278 140L278 676L252 676Q228 676 228 652Z", t.dark) +
    fill("M500 140L522 140L522 676L500 676Z", t.dark) +
    fill(
      "M338 240L446 240Q460 240 460 254L460 296Q460 310 446 310L338 310Q324 310 324 296L324 254Q324 240 338 240Z",
      t.light,
    ) +
    line("M420 676L420 744L440 728L460 744L460 676", "#b8432f", 8),
};
