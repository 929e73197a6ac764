// Each journey class starts its own console (with LocalCloud) and Chromium: run them one class at a time so a
// 2-core machine is not asked to host five consoles and five browsers at once.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
