/**
 * The self-test's question kinds, listed once. Adding a kind: write its module (kind.ts's interface),
 * add one line here and one in renderer/features/selftest/kinds/registry.ts; every union of questions,
 * answers, layouts and grade details follows from this list.
 */
import { classify } from './classify';
import { evidence } from './evidence';
import { defineKinds, type AnswerIn, type DetailIn, type KindIn, type LayoutIn, type QuestionIn } from './kind';
import { match } from './match';
import { multi } from './multi';
import { order } from './order';
import { short } from './short';
import { single } from './single';
import { truefalse } from './truefalse';

/** Every built-in kind, in the order the self-test's issue lists them (also the README table's order). */
export const selftestKinds = defineKinds({ single, multi, truefalse, classify, order, match, short, evidence });
export type SelftestKinds = typeof selftestKinds;

export type BuiltinKind = KindIn<SelftestKinds>;
export type BuiltinQuestion = QuestionIn<SelftestKinds>;
export type BuiltinAnswer = AnswerIn<SelftestKinds>;
export type BuiltinLayout = LayoutIn<SelftestKinds>;
export type BuiltinDetail = DetailIn<SelftestKinds>;
