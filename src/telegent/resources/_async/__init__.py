"""The resources' hand-written layer, written once (async here, sync derived by unasync)."""
