package shop;

/** Beside the broken file: analyzed all the same. */
class Ok {
}
