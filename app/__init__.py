"""stancewatch: who stands where on sending NATO / Western troops to Ukraine."""
