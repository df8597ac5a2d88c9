package two;

public class Right extends one.Left {
}
