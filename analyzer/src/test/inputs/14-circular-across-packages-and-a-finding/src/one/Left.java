package one;

import two.Right;

public class Left extends Right {
}
